package vn.tuyengiao.study.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.StudyAttendance;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.study.StudySession;

/**
 * Campaign pages: list, progress dashboard, classes, the cell secretary's attendance
 * checklist.
 */
@Controller
class StudyController {

	private final StudyService study;

	private final StudyAttendance attendance;

	private final StudyRollup rollup;

	private final OrgUnits org;

	private final Messages messages;

	private final FormActions forms;

	private final MissingExport missingExport;

	/** Writes the chart's data attributes (JSON arrays of unit names and rates). */
	private final JsonMapper json;

	StudyController(StudyService study, StudyAttendance attendance, StudyRollup rollup, OrgUnits org, Messages messages,
			FormActions forms, JsonMapper json, MissingExport missingExport) {
		this.missingExport = missingExport;
		this.study = study;
		this.attendance = attendance;
		this.rollup = rollup;
		this.org = org;
		this.messages = messages;
		this.forms = forms;
		this.json = json;
	}

	@GetMapping("/study")
	String campaigns(Scope scope, Model model) {
		model.addAttribute("campaigns", this.study.campaigns(scope));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("canCreate", scope.canManageUnits());
		model.addAttribute("defaultOwner", scope.rootUnitId() == null ? null : this.org.get(scope.rootUnitId()));
		return "study/campaigns";
	}

	@PostMapping("/study")
	String create(Scope scope, StudyForms.CampaignForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/study",
				() -> this.study.createCampaign(scope,
						form.toNew(this.org.resolve(scope, form.ownerId(), form.ownerCode()).getId())),
				c -> "/study/campaigns/" + c.getId(), c -> this.messages.get("study.created", c.getTitle()));
	}

	@GetMapping("/study/campaigns/{id}")
	String campaign(Scope scope, @PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Integer page, Model model) {
		StudyCampaign campaign = this.study.campaign(scope, id);
		OrgUnit root = this.org.viewRoot(scope, campaign.getOwnerUnitId(), unit);
		StudyRollup.Node node = this.rollup.rollup(scope, id, root.getId(), asOf);
		List<StudySession> sessions = this.study.sessions(scope, id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("owner", this.org.get(campaign.getOwnerUnitId()));
		model.addAttribute("node", node);
		model.addAttribute("asOf", asOf);
		model.addAttribute("ancestry", this.org.ancestry(scope, root));
		// One query for every organiser; a user sees the classes held inside their scope
		// and by the units above it.
		var organisers = this.org.getAll(sessions.stream().map(StudySession::getOrganiserUnitId).toList());
		List<StudySession> visible = sessions.stream().filter(s -> {
			String path = organisers.get(s.getOrganiserUnitId()).getPath();
			return scope.contains(path) || scope.pathPrefix().startsWith(path);
		}).toList();
		model.addAttribute("sessions", visible);
		// A province's campaign holds hundreds of classes: 50 a page.
		model.addAttribute("sessionPage", Listing.Slice.ofList(visible, page == null ? 0 : page, Listing.PAGE_SIZE));
		model.addAttribute("organisers", organisers);
		model.addAttribute("organiserLabels", this.org.labels(organisers.values()));
		model.addAttribute("audiences", campaign.getAudiences());
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("canWrite", scope.canWrite());
		var labels = this.org.labels(node.children().stream().map(StudyRollup.Node::unit).toList());
		model.addAttribute("labels", labels);
		model.addAttribute("chartLabels", this.json
			.writeValueAsString(node.children().stream().map(n -> (Object) labels.get(n.unit().getId())).toList()));
		model.addAttribute("chartValues",
				this.json.writeValueAsString(node.children()
					.stream()
					.map(n -> (Object) (n.members().denominator() == 0 ? 0
							: Math.round(10000.0 * n.members().attended() / n.members().denominator()) / 100.0))
					.toList()));
		return "study/campaign";
	}

	/** The follow-up list: who has not attended yet, cell by cell. */
	@GetMapping("/study/campaigns/{id}/missing")
	String missing(Scope scope, @PathVariable long id, MissingList list, Model model) {
		StudyCampaign campaign = this.study.campaign(scope, id);
		long unit = list.unit() == null ? this.org.viewRoot(scope, campaign.getOwnerUnitId(), null).getId()
				: list.unit();
		model.addAttribute("campaign", campaign);
		model.addAttribute("unit", this.org.get(scope, unit));
		model.addAttribute("sort", list.sorting());
		model.addAttribute("rows", this.rollup.notYetAttended(scope, id, unit, list.sorting(), list.after(),
				list.page() == null ? 0 : Math.max(0, list.page()), Listing.PAGE_SIZE));
		return "study/missing";
	}

	@GetMapping("/study/campaigns/{id}/missing.xlsx")
	void missingExport(Scope scope, @PathVariable long id, MissingList list, HttpServletResponse response)
			throws IOException {
		StudyCampaign campaign = this.study.campaign(scope, id);
		long unit = list.unit() == null ? this.org.viewRoot(scope, campaign.getOwnerUnitId(), null).getId()
				: list.unit();
		this.missingExport.write(scope, campaign, this.org.get(scope, unit), response);
	}

	/** The follow-up list's unit, sort and page. */
	record MissingList(Long unit, String sort, Long after, Integer page) {

		Listing.Sort sorting() {
			return Listing.Sort.parse(this.sort, "unit", StudyRollup.MISSING_SORTS.keySet());
		}

	}

	@PostMapping("/study/campaigns/{id}/sessions")
	String createSession(Scope scope, @PathVariable long id, StudyForms.SessionForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/study/campaigns/" + id,
				() -> this.study.createSession(scope,
						form.toNew(id, this.org.resolve(scope, form.organiserId(), form.organiserCode()).getId())),
				s -> "/study/sessions/" + s.getId(), s -> this.messages.get("study.sessionCreated", s.getTitle()));
	}

	@GetMapping("/study/sessions/{id}")
	String session(Scope scope, @PathVariable long id, Model model) {
		StudySession s = this.study.session(scope, id);
		OrgUnit organiser = this.org.get(s.getOrganiserUnitId());
		model.addAttribute("s", s);
		model.addAttribute("campaign", this.study.campaign(scope, s.getCampaignId()));
		model.addAttribute("organiser", organiser);
		// The cells whose attendance this user may tick: cells under the organiser and
		// inside the user's scope.
		String prefix = scope.pathPrefix() != null && scope.pathPrefix().startsWith(organiser.getPath())
				? scope.pathPrefix() : organiser.getPath();
		model.addAttribute("cells",
				this.org.subtree(prefix)
					.stream()
					.filter(u -> u.getKind().holdsMembers() && !u.isClosed() && scope.contains(u.getPath()))
					.toList());
		return "study/session";
	}

	@GetMapping("/study/sessions/{id}/cells/{cellId}")
	String checklist(Scope scope, @PathVariable long id, @PathVariable long cellId, Model model) {
		return checklistPage(scope, id, cellId, null, model);
	}

	/**
	 * Saves the cell's ticks; a refusal shows the checklist again with the user's ticks
	 * kept and the refused rows named in the message.
	 */
	@PostMapping("/study/sessions/{id}/cells/{cellId}")
	String saveChecklist(Scope scope, @PathVariable long id, @PathVariable long cellId,
			@RequestParam(name = "present", required = false) List<Long> present, Model model,
			RedirectAttributes redirect) {
		List<Long> ticked = present == null ? List.of() : present;
		return this.forms.orForm(model, () -> {
			int n = this.attendance.setCellAttendance(scope, id, cellId, ticked);
			redirect.addFlashAttribute("flash", this.messages.get("study.checklistSaved", n));
			return "redirect:/study/sessions/" + id + "/cells/" + cellId;
		}, () -> checklistPage(scope, id, cellId, ticked, model));
	}

	private String checklistPage(Scope scope, long id, long cellId, List<Long> ticked, Model model) {
		StudySession s = this.study.session(scope, id);
		model.addAttribute("s", s);
		model.addAttribute("cell", this.org.get(scope, cellId));
		List<StudyAttendance.ChecklistRow> rows = this.attendance.checklist(scope, id, cellId);
		model.addAttribute("rows", ticked == null ? rows : rows.stream().map(r -> r.ticked(ticked)).toList());
		model.addAttribute("canWrite", scope.canWrite());
		return "study/checklist";
	}

	@PostMapping("/study/campaigns/{id}/populations")
	String population(Scope scope, @PathVariable long id, StudyForms.PopulationForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/study/campaigns/" + id, () -> this.attendance.setPopulation(scope, id,
				this.org.resolve(scope, form.unitId(), form.unitCode()).getId(), form.audience(), form.count()));
	}

	@PostMapping("/study/sessions/{sid}/headcounts")
	String headcount(Scope scope, @PathVariable long sid, StudyForms.HeadcountForm form, RedirectAttributes redirect) {
		long campaign = this.study.session(scope, sid).getCampaignId();
		return this.forms.save(redirect, "/study/campaigns/" + campaign, () -> this.attendance.setHeadcount(scope, sid,
				this.org.resolve(scope, form.unitId(), form.unitCode()).getId(), form.audience(), form.count()));
	}

}
