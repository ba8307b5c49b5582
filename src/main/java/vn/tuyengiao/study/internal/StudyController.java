package vn.tuyengiao.study.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.common.AppException;
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

	/** Writes the chart's data attributes (JSON arrays of unit names and rates). */
	private final JsonMapper json;

	StudyController(StudyService study, StudyAttendance attendance, StudyRollup rollup, OrgUnits org, Messages messages,
			JsonMapper json) {
		this.study = study;
		this.attendance = attendance;
		this.rollup = rollup;
		this.org = org;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/study")
	String campaigns(Scope scope, Model model) {
		model.addAttribute("campaigns", this.study.campaigns(scope));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("canCreate", scope.canManageUnits());
		model.addAttribute("defaultOwner",
				scope.rootUnitId() == null ? "" : this.org.get(scope.rootUnitId()).getShortCode());
		return "study/campaigns";
	}

	@PostMapping("/study")
	String create(Scope scope, @RequestParam String ownerCode, @RequestParam String title,
			@RequestParam DocumentKind documentKind, @RequestParam(required = false) String basisPlan,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) Set<Audience> audiences, RedirectAttributes redirect) {
		try {
			OrgUnit owner = unitByCode(ownerCode);
			StudyCampaign c = this.study.createCampaign(scope,
					new StudyService.NewCampaign(owner.getId(), title, documentKind, basisPlan, periodFrom, periodTo,
							deadline, audiences == null ? EnumSet.noneOf(Audience.class) : audiences, false));
			redirect.addFlashAttribute("flash", this.messages.get("study.created", c.getTitle()));
			return "redirect:/study/campaigns/" + c.getId();
		}
		catch (AppException ex) {
			redirect.addFlashAttribute("error", this.messages.of(ex));
			return "redirect:/study";
		}
	}

	@GetMapping("/study/campaigns/{id}")
	String campaign(Scope scope, @PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
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
		model.addAttribute("sessions", sessions.stream().filter(s -> {
			String path = organisers.get(s.getOrganiserUnitId()).getPath();
			return scope.contains(path) || scope.pathPrefix().startsWith(path);
		}).toList());
		model.addAttribute("organisers", organisers);
		model.addAttribute("audiences", campaign.getAudiences());
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("chartLabels",
				this.json.writeValueAsString(node.children().stream().map(n -> (Object) n.unit().getName()).toList()));
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
	String missing(Scope scope, @PathVariable long id, @RequestParam long unit, Model model) {
		model.addAttribute("campaign", this.study.campaign(scope, id));
		model.addAttribute("unit", this.org.get(scope, unit));
		model.addAttribute("rows", this.rollup.notYetAttended(scope, id, unit, 2000));
		return "study/missing";
	}

	@PostMapping("/study/campaigns/{id}/sessions")
	String createSession(Scope scope, @PathVariable long id, @RequestParam String organiserCode,
			@RequestParam String title, @RequestParam SessionFormat format,
			@RequestParam(required = false) Long hostSessionId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String place, @RequestParam(required = false) String presenters,
			@RequestParam(required = false) Set<Audience> audiences,
			@RequestParam(defaultValue = "false") boolean makeUp, RedirectAttributes redirect) {
		try {
			StudySession s = this.study.createSession(scope,
					new StudyService.NewSession(id, unitByCode(organiserCode).getId(), title, format, hostSessionId,
							heldOn, place, presenters, audiences == null ? EnumSet.noneOf(Audience.class) : audiences,
							makeUp));
			redirect.addFlashAttribute("flash", this.messages.get("study.sessionCreated", s.getTitle()));
			return "redirect:/study/sessions/" + s.getId();
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
			return "redirect:/study/campaigns/" + id;
		}
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
		StudySession s = this.study.session(scope, id);
		model.addAttribute("s", s);
		model.addAttribute("cell", this.org.get(scope, cellId));
		model.addAttribute("rows", this.attendance.checklist(scope, id, cellId));
		model.addAttribute("canWrite", scope.canWrite());
		return "study/checklist";
	}

	@PostMapping("/study/sessions/{id}/cells/{cellId}")
	String saveChecklist(Scope scope, @PathVariable long id, @PathVariable long cellId,
			@RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
		try {
			int n = this.attendance.setCellAttendance(scope, id, cellId, present == null ? List.of() : present);
			redirect.addFlashAttribute("flash", this.messages.get("study.checklistSaved", n));
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/study/sessions/" + id + "/cells/" + cellId;
	}

	@PostMapping("/study/campaigns/{id}/populations")
	String population(Scope scope, @PathVariable long id, @RequestParam String unitCode,
			@RequestParam Audience audience, @RequestParam int population, RedirectAttributes redirect) {
		return act(id, redirect,
				() -> this.attendance.setPopulation(scope, id, unitByCode(unitCode).getId(), audience, population));
	}

	@PostMapping("/study/sessions/{sid}/headcounts")
	String headcount(Scope scope, @PathVariable long sid, @RequestParam String unitCode,
			@RequestParam Audience audience, @RequestParam int attended, RedirectAttributes redirect) {
		long campaign = this.study.session(scope, sid).getCampaignId();
		return act(campaign, redirect,
				() -> this.attendance.setHeadcount(scope, sid, unitByCode(unitCode).getId(), audience, attended));
	}

	private String act(long campaignId, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/study/campaigns/" + campaignId;
	}

	private OrgUnit unitByCode(String code) {
		return this.org.byCode(code);
	}

}
