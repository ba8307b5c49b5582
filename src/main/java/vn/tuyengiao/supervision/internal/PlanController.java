package vn.tuyengiao.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.register.ReportPages.Link;
import vn.tuyengiao.supervision.AnswerType;
import vn.tuyengiao.supervision.Checklist;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.PlanKind;
import vn.tuyengiao.supervision.ReportKind;
import vn.tuyengiao.supervision.SupervisionFindings;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.SupervisionReport;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.text.VietnameseText;

/**
 * The plans pages: list and new plan, a plan with its checklist and visits, its reports.
 */
@Controller
class PlanController {

	private final SupervisionPlans plans;

	private final SupervisionFindings findings;

	private final SupervisionReport reports;

	private final ReportPages pages;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	private final Clock clock;

	PlanController(SupervisionPlans plans, SupervisionFindings findings, SupervisionReport reports, ReportPages pages,
			OrgUnits org, FormActions actions, Messages messages, Clock clock) {
		this.plans = plans;
		this.findings = findings;
		this.reports = reports;
		this.pages = pages;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	record PlanForm(Long unitId, PlanKind kind, String basis, String subject, LocalDate periodFrom, LocalDate periodTo,
			List<Long> units, List<Long> teamIds, Long leaderId) {
	}

	record VisitForm(Long unitId, LocalDate visitDate, List<Long> memberIds) {
	}

	record TeamForm(List<Long> teamIds, Long leaderId, Long version) {
	}

	/** One answer of the team search, shaped as {@code /members/pick} answers. */
	record TeamPick(long id, String label, String detail, Long unitId) {
	}

	record ReportParams(ReportKind kind, LocalDate asOf, Long body, String signerTitle, String signerName) {

		SupervisionReport.Request toRequest(long planId) {
			return new SupervisionReport.Request(planId, this.kind == null ? ReportKind.RESULTS : this.kind, this.asOf,
					this.body, this.signerTitle, this.signerName);
		}

	}

	@GetMapping("/supervision")
	String list(Scope scope, @RequestParam(required = false) Integer page, Model model) {
		Listing.Slice<Plan> slice = Listing.Slice.ofList(this.plans.plans(scope), page == null ? 0 : page,
				Listing.PAGE_SIZE);
		model.addAttribute("slice", slice);
		model.addAttribute("plans", slice.rows());
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("canCreate", scope.canWrite());
		model.addAttribute("defaultUnit", scope.rootUnitId() == null ? null : this.org.get(scope.rootUnitId()));
		model.addAttribute("overdueCount", this.findings.overdueCount(scope));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "supervision/plans";
	}

	@PostMapping("/supervision/plans")
	String create(Scope scope, PlanForm f, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/supervision",
				() -> this.plans.create(scope,
						new SupervisionPlans.NewPlan(f.unitId(), f.kind(), f.basis(), f.subject(), f.periodFrom(),
								f.periodTo(), f.units(), List.of(), null, f.teamIds(), f.leaderId())),
				p -> "/supervision/plans/" + p.id(), p -> this.messages.get("supervision.created"));
	}

	@GetMapping("/supervision/plans/{id}")
	String plan(Scope scope, @PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		Plan plan = this.plans.plan(scope, id);
		model.addAttribute("plan", plan);
		model.addAttribute("issuer", this.org.get(plan.unitId()));
		Listing.Slice<Visit> slice = Listing.Slice.ofList(this.plans.visits(scope, id), page == null ? 0 : page,
				Listing.PAGE_SIZE);
		model.addAttribute("slice", slice);
		model.addAttribute("visits", slice.rows());
		model.addAttribute("checklist", this.plans.latestChecklist(scope, id));
		model.addAttribute("library", this.plans.library());
		model.addAttribute("types", AnswerType.values());
		model.addAttribute("canEdit", scope.canWrite() && scope.contains(plan.unitPath()));
		model.addAttribute("reportKinds", ReportKind.values());
		model.addAttribute("seesWhole", Access.seesPlan(scope, plan));
		model.addAttribute("teamChips",
				plan.team()
					.stream()
					.filter(t -> t.userId() != null && !t.leader())
					.map(t -> new TeamPick(t.userId(), t.fullName(), t.username(), null))
					.toList());
		return "supervision/plan";
	}

	/**
	 * A new team for the plan; the version seen on the page guards against a lost update.
	 */
	@PostMapping("/supervision/plans/{id}/team")
	String changeTeam(Scope scope, @PathVariable long id, TeamForm f, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/supervision/plans/" + id, () -> {
			this.plans.changeTeam(scope, id,
					new SupervisionPlans.TeamChange(f.teamIds(), f.leaderId(), List.of(), null, f.version()));
			return this.messages.get("supervision.teamSaved");
		});
	}

	@PostMapping("/supervision/plans/{id}/visits")
	String addVisit(Scope scope, @PathVariable long id, VisitForm f, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/supervision/plans/" + id, () -> {
			this.plans.addVisit(scope, id, f.unitId(), f.visitDate(), f.memberIds(), List.of());
			return this.messages.get("supervision.visitAdded");
		});
	}

	/**
	 * A new checklist version: the library items ticked, in library order, then a new
	 * item if one was typed.
	 */
	@PostMapping("/supervision/plans/{id}/checklist")
	String checklist(Scope scope, @PathVariable long id, @RequestParam(required = false) List<String> items,
			@RequestParam(required = false) String customQuestion,
			@RequestParam(required = false) AnswerType customType, @RequestParam int version,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/supervision/plans/" + id, () -> {
			List<String> chosen = items == null ? List.of() : items;
			Checklist current = this.plans.latestChecklist(scope, id);
			List<Checklist.Item> next = new ArrayList<>();
			for (Checklist.Item i : current.items()) {
				if (chosen.contains(i.code())) {
					next.add(i);
				}
			}
			for (Checklist.Item i : this.plans.library()) {
				if (chosen.contains(i.code()) && next.stream().noneMatch(n -> n.code().equals(i.code()))) {
					next.add(i);
				}
			}
			if (customQuestion != null && !customQuestion.isBlank()) {
				next.add(new Checklist.Item("CUSTOM_" + (version + 1) + "_" + next.size(), customQuestion.strip(), null,
						customType == null ? AnswerType.YES_NO : customType));
			}
			this.plans.editChecklist(scope, id, next, version);
			return this.messages.get("supervision.checklistSaved");
		});
	}

	@GetMapping("/supervision/plans/{id}/report")
	String report(Scope scope, @PathVariable long id, ReportParams params, Model model) {
		SupervisionReport.Request r = params.toRequest(id);
		LocalDate asOf = params.asOf() == null ? LocalDate.now(this.clock) : params.asOf();
		this.pages.preview(scope, this.reports.build(scope, r), link(r, asOf).withBody(params.body()), model);
		model.addAttribute("request", r);
		model.addAttribute("asOfValue", asOf);
		model.addAttribute("plan", this.plans.plan(scope, id));
		model.addAttribute("reportKinds", ReportKind.values());
		return "supervision/report";
	}

	@PostMapping("/supervision/plans/{id}/report/draft")
	String draft(Scope scope, @PathVariable long id, ReportParams params, RedirectAttributes redirect) {
		SupervisionReport.Request r = params.toRequest(id);
		LocalDate asOf = params.asOf() == null ? LocalDate.now(this.clock) : params.asOf();
		if (params.body() == null) {
			redirect.addFlashAttribute("error", this.messages.get("supervision.bodyRequired"));
			return "redirect:/supervision/plans/" + id + "/report";
		}
		return this.pages.draft(scope, "supervision", link(r, asOf), params.body(), () -> this.reports.build(scope, r),
				redirect);
	}

	@GetMapping({ "/supervision/plans/{id}/report.docx", "/api/v1/supervision/plans/{id}/report.docx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Word document",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = "Báo cáo kết quả giám sát / làm việc của kế hoạch (bản xem trước, chưa có số) dạng Word")
	ResponseEntity<byte[]> docx(Scope scope, @PathVariable long id, @ParameterObject ReportParams params) {
		return this.pages.docx(this.reports.build(scope, params.toRequest(id)), "bao-cao-giam-sat.docx");
	}

	@GetMapping({ "/supervision/plans/{id}/report.pdf", "/api/v1/supervision/plans/{id}/report.pdf" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "PDF document",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = "Báo cáo kết quả giám sát / làm việc của kế hoạch (bản xem trước, chưa có số) dạng PDF")
	ResponseEntity<byte[]> pdf(Scope scope, @PathVariable long id, @ParameterObject ReportParams params) {
		return this.pages.pdf(this.reports.build(scope, params.toRequest(id)), "bao-cao-giam-sat.pdf");
	}

	private static Link link(SupervisionReport.Request r, LocalDate asOf) {
		return Link.to("/supervision/plans/" + r.planId() + "/report")
			.with("kind", r.kind().name())
			.with("asOf", asOf)
			.with("signerTitle", r.signerTitle())
			.with("signerName", r.signerName());
	}

	/**
	 * The visit form's member picker: the plan's team whose name or login holds the typed
	 * text.
	 */
	@GetMapping("/supervision/plans/{id}/team/pick")
	@ResponseBody
	List<TeamPick> teamPick(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "") String q) {
		String typed = VietnameseText.fold(q);
		return this.plans.plan(scope, id)
			.team()
			.stream()
			.filter(t -> t.userId() != null)
			.filter(t -> VietnameseText.fold(t.fullName()).contains(typed) || t.username().contains(typed))
			.map(t -> new TeamPick(t.userId(), t.fullName(), t.username(), null))
			.toList();
	}

}
