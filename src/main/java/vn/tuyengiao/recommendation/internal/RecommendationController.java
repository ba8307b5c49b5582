package vn.tuyengiao.recommendation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.recommendation.Recommendation;
import vn.tuyengiao.recommendation.RecommendationField;
import vn.tuyengiao.recommendation.RecommendationGroups;
import vn.tuyengiao.recommendation.RecommendationQueries;
import vn.tuyengiao.recommendation.RecommendationService;
import vn.tuyengiao.recommendation.ReplyLetters;
import vn.tuyengiao.recommendation.RecommendationStatus;
import vn.tuyengiao.recommendation.RecommendationView;
import vn.tuyengiao.recommendation.SourceKind;

/**
 * The recommendation pages: the list, a new recommendation, one recommendation and its
 * answer.
 */
@Controller
class RecommendationController {

	private final RecommendationService service;

	private final RecommendationQueries queries;

	private final RecommendationGroups groups;

	private final RecommendationExport export;

	private final OrgUnits org;

	private final FormActions forms;

	private final Messages messages;

	private final Clock clock;

	private final ReplyLetters letters;

	RecommendationController(RecommendationService service, RecommendationQueries queries, RecommendationGroups groups,
			RecommendationExport export, OrgUnits org, FormActions forms, Messages messages, Clock clock,
			ReplyLetters letters) {
		this.service = service;
		this.queries = queries;
		this.groups = groups;
		this.export = export;
		this.org = org;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
		this.letters = letters;
	}

	/** The list's filters. */
	record ListFilter(RecommendationView view, Long unitId, RecommendationStatus status, Integer page) {

		RecommendationQueries.Filter filter() {
			return new RecommendationQueries.Filter(this.view, this.unitId, this.status, null, null);
		}

	}

	@GetMapping("/recommendations")
	String list(Scope scope, @ParameterObject ListFilter f, Model model) {
		model.addAttribute("rows", Listing.Slice.ofList(this.queries.list(scope, f.filter()),
				f.page() == null ? 0 : f.page(), Listing.PAGE_SIZE));
		model.addAttribute("view", f.view() == null ? RecommendationView.ALL : f.view());
		model.addAttribute("views", RecommendationView.values());
		model.addAttribute("statuses", RecommendationStatus.values());
		model.addAttribute("status", f.status());
		model.addAttribute("unseen", this.queries.unseenAnswers(scope));
		model.addAttribute("groups", this.groups.list(scope));
		model.addAttribute("suggestions", scope.canWrite() ? this.groups.suggestions(scope) : List.of());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("chosenUnit", f.unitId() == null ? null : this.org.get(scope, f.unitId()));
		return "recommendation/list";
	}

	/**
	 * The new-recommendation form; other modules link here with the source filled in
	 * ({@code ?sourceKind=VISIT&sourceRef=12&unitId=34}).
	 */
	@GetMapping("/recommendations/new")
	String newForm(Scope scope, @RequestParam(required = false) SourceKind sourceKind,
			@RequestParam(required = false) Long sourceRef, @RequestParam(required = false) String sourceLabel,
			@RequestParam(required = false) Long unitId, Model model) {
		if (!scope.canWrite()) {
			throw vn.tuyengiao.common.AppException.readOnly();
		}
		long unit = this.org.defaultUnit(scope, unitId);
		OrgUnit raised = this.org.get(scope, unit);
		List<OrgUnit> addressees = this.service.addressees(scope, unit);
		model.addAttribute("unit", raised);
		model.addAttribute("addressees", addressees);
		model.addAttribute("addresseeLabels", this.org.labels(addressees));
		model.addAttribute("sourceKind", sourceKind == null ? SourceKind.UNIT_DIRECT : sourceKind);
		model.addAttribute("sourceRef", sourceRef);
		model.addAttribute("sourceLabel", sourceLabel);
		model.addAttribute("sources", SourceKind.values());
		model.addAttribute("fields", RecommendationField.values());
		model.addAttribute("today", today());
		return "recommendation/new";
	}

	/** The new-recommendation form's fields. */
	record RaiseForm(Long raisedUnitId, SourceKind sourceKind, Long sourceRef, String sourceLabel,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate raisedOn, RecommendationField field,
			String subject, String body, Long addresseeUnitId, String externalBody,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

		RecommendationService.NewRecommendation recommendation() {
			return new RecommendationService.NewRecommendation(this.raisedUnitId, this.sourceKind, this.sourceRef,
					this.sourceLabel, this.raisedOn, this.field, this.subject, this.body, this.addresseeUnitId,
					this.externalBody, this.dueOn);
		}

	}

	@PostMapping("/recommendations")
	String raise(Scope scope, RaiseForm form, RedirectAttributes redirect) {
		String back = "/recommendations/new" + (form.raisedUnitId() == null ? "" : "?unitId=" + form.raisedUnitId());
		return this.forms.redirect(redirect, back, () -> this.service.raise(scope, form.recommendation()),
				r -> "/recommendations/" + r.getId(), r -> this.messages.get("recommendation.raised"));
	}

	@GetMapping("/recommendations/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		this.service.markSeen(scope, id);
		Recommendation r = this.service.get(scope, id);
		model.addAttribute("r", r);
		model.addAttribute("labels", this.org.labelsOf(List.of(r.getRaisedUnitId(), r.getAddresseeUnitId())));
		model.addAttribute("overdue", r.isOverdue(today()));
		model.addAttribute("history", this.service.history(scope, id));
		model.addAttribute("onward", this.service.onward(scope, id));
		boolean addressee = this.service.canAnswer(scope, r);
		model.addAttribute("canAnswer", addressee && r.getStatus().takesResponse());
		model.addAttribute("canReply", addressee && r.getStatus().isAnswered());
		model.addAttribute("answers",
				List.of(RecommendationStatus.IN_PROGRESS, RecommendationStatus.RESOLVED,
						RecommendationStatus.PARTLY_RESOLVED, RecommendationStatus.FORWARDED,
						RecommendationStatus.EXPLAINED_NOT_ACCEPTED));
		model.addAttribute("group", r.getGroupId() == null ? null : this.groups.get(scope, r.getGroupId()));
		model.addAttribute("today", today());
		return "recommendation/show";
	}

	/** A response's fields. */
	record ResponseForm(RecommendationStatus status,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn, String answer, String forwardedTo,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate forwardDueOn, Long version) {

		RecommendationService.Response response() {
			return new RecommendationService.Response(this.status, this.answeredOn, this.answer, this.forwardedTo, null,
					this.forwardDueOn, this.version);
		}

	}

	@PostMapping("/recommendations/{id}/respond")
	String respond(Scope scope, @PathVariable long id, ResponseForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/recommendations/" + id, () -> {
			this.service.respond(scope, id, form.response());
			return this.messages.get("recommendation.answered");
		});
	}

	/** The reply letter's number and date. */
	record ReplyForm(String reference, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn) {
	}

	@PostMapping("/recommendations/{id}/reply")
	String reply(Scope scope, @PathVariable long id, ReplyForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/recommendations/" + id,
				() -> this.service.recordReply(scope, id, form.reference(), form.issuedOn()));
	}

	@PostMapping("/recommendations/{id}/letter")
	String letter(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/recommendations/" + id, () -> this.letters.draft(scope, id),
				draft -> "/register/drafts/" + draft, draft -> this.messages.get("recommendation.letterDrafted"));
	}

	@PostMapping("/recommendations/groups/{id}/letter")
	String groupLetter(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/recommendations/groups/" + id, () -> this.letters.draftGroup(scope, id),
				draft -> "/register/drafts/" + draft, draft -> this.messages.get("recommendation.letterDrafted"));
	}

	@PostMapping("/recommendations/groups")
	String group(Scope scope, @RequestParam(required = false) String title,
			@RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/recommendations", () -> this.groups.create(scope, title, ids),
				g -> "/recommendations/groups/" + g.getId(), g -> this.messages.get("recommendation.grouped"));
	}

	@GetMapping("/recommendations/groups/{id}")
	String groupPage(Scope scope, @PathVariable long id, Model model) {
		RecommendationGroups.Group g = this.groups.get(scope, id);
		model.addAttribute("group", g);
		model.addAttribute("canAnswer",
				scope.canWrite() && g.members().stream().anyMatch(m -> m.status().takesResponse())
						&& scope.contains(this.org.get(g.addresseeUnitId()).getPath()));
		model.addAttribute("canLetter", scope.canWrite() && g.members().stream().anyMatch(m -> m.status().isAnswered())
				&& scope.contains(this.org.get(g.addresseeUnitId()).getPath()));
		model.addAttribute("answers",
				List.of(RecommendationStatus.IN_PROGRESS, RecommendationStatus.RESOLVED,
						RecommendationStatus.PARTLY_RESOLVED, RecommendationStatus.FORWARDED,
						RecommendationStatus.EXPLAINED_NOT_ACCEPTED));
		model.addAttribute("today", today());
		return "recommendation/group";
	}

	@PostMapping("/recommendations/groups/{id}/respond")
	String respondGroup(Scope scope, @PathVariable long id, ResponseForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/recommendations/groups/" + id, () -> {
			this.groups.respond(scope, id, form.response());
			return this.messages.get("recommendation.answered");
		});
	}

	@GetMapping({ "/recommendations/export.xlsx", "/api/v1/recommendations/export.xlsx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel workbook",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(summary = RecommendationApi.EXPORT)
	ResponseEntity<byte[]> export(Scope scope, @ParameterObject ListFilter f) {
		return Downloads.attachment(this.export.xlsx(this.queries.list(scope, f.filter())), Downloads.XLSX,
				"kien-nghi.xlsx");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
