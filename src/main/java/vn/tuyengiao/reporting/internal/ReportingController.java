package vn.tuyengiao.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.reporting.Consolidation;
import vn.tuyengiao.reporting.Obligation;
import vn.tuyengiao.reporting.ReportingCycle;

/**
 * "Báo cáo phải nộp": a unit's due inbox (draft, submit, the reason of a return), the
 * requests it received with completeness and timeliness, and a request's page where the
 * receiving level returns, accepts, reminds and consolidates.
 */
@Controller
class ReportingController {

	private final ReportingCycle cycle;

	private final Consolidation consolidation;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	private final Clock clock;

	ReportingController(ReportingCycle cycle, Consolidation consolidation, OrgUnits org, FormActions actions,
			Messages messages, Clock clock) {
		this.cycle = cycle;
		this.consolidation = consolidation;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	/** One line of the inbox with what the page needs besides the obligation. */
	record InboxRow(Obligation o, boolean overdue, String comment, String to) {
	}

	@GetMapping("/reporting")
	String inbox(Scope scope, @RequestParam(required = false) Long unit, Model model) {
		OrgUnit u = this.org.get(scope, this.org.defaultUnit(scope, unit));
		LocalDate today = LocalDate.now(this.clock);
		List<Obligation> owed = this.cycle.inbox(scope, u.getId());
		var comments = this.cycle.returnComments(scope, owed);
		var to = this.org.labelsOf(owed.stream().map(Obligation::receivingUnitId).toList());
		List<InboxRow> rows = new ArrayList<>();
		for (Obligation o : owed) {
			rows.add(new InboxRow(o, o.isOverdue(today),
					o.status() == vn.tuyengiao.reporting.ObligationStatus.RETURNED ? comments.get(o.id()) : null,
					to.get(o.receivingUnitId())));
		}
		model.addAttribute("unit", u);
		model.addAttribute("rows", rows);
		model.addAttribute("issued", scope.canWrite() ? this.cycle.issuedReports(scope, u.getId()) : List.of());
		model.addAttribute("received", this.cycle.received(scope, u.getId()));
		model.addAttribute("canWrite", scope.canWrite() && scope.contains(u.getPath()));
		model.addAttribute("ancestry", this.org.ancestry(scope, u));
		return "reporting/inbox";
	}

	@GetMapping("/reporting/requests/{id}")
	String request(Scope scope, @PathVariable long id, Model model) {
		ReportingCycle.RequestView view = this.cycle.request(scope, id);
		OrgUnit receiving = this.org.get(view.request().receivingUnitId());
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("view", view);
		model.addAttribute("receiving", receiving);
		model.addAttribute("today", today);
		model.addAttribute("overdue", view.obligations().stream().filter(o -> o.isOverdue(today)).toList());
		// Every name on the page in one batch: the units, their parents, the receiving
		// unit.
		List<Long> named = new ArrayList<>();
		view.obligations().forEach(o -> named.add(o.unitId()));
		view.groups().forEach(g -> named.add(g.parentId()));
		named.add(receiving.getId());
		Map<Long, String> labels = this.org.labelsOf(named);
		boolean canDecide = scope.canWrite() && scope.contains(receiving.getPath());
		model.addAttribute("labels", labels);
		model.addAttribute("canDecide", canDecide);
		List<RequestRows.Group> groups = RequestRows.of(view, labels, today, canDecide, this.messages);
		model.addAttribute("groups", groups);
		model.addAttribute("decisions", canDecide
				&& groups.stream().anyMatch(g -> g.rows().stream().anyMatch(r -> r.awaiting() || r.remind())));
		return "reporting/request";
	}

	/**
	 * What a decision button of the request's page sends: the line it is on
	 * ("id:version") under {@code return}, {@code accept} or {@code remind}, and that
	 * line's comment ({@code comment-<id>}, a name per line, hence the map). One form for
	 * the page instead of one per line.
	 */
	@PostMapping("/reporting/requests/{id}/decide")
	String decide(Scope scope, @PathVariable long id, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		String back = "/reporting/requests/" + id;
		return this.actions.redirect(redirect, back, () -> {
			String line = params.getOrDefault("return", params.getOrDefault("accept", params.get("remind")));
			if (line == null || !line.matches("\\d{1,18}(:\\d{1,18})?")) {
				throw AppException.invalid("reporting.decisionUnknown");
			}
			String[] parts = line.split(":");
			long obligation = Long.parseLong(parts[0]);
			Long version = parts.length > 1 ? Long.valueOf(parts[1]) : null;
			if (this.cycle.obligation(scope, obligation).requestId() != id) {
				throw AppException.invalid("reporting.decisionUnknown");
			}
			if (params.containsKey("return")) {
				Obligation o = this.cycle.returnReport(scope, obligation, version, params.get("comment-" + obligation));
				return this.messages.get("reporting.returned", o.reference());
			}
			if (params.containsKey("accept")) {
				Obligation o = this.cycle.accept(scope, obligation, version);
				return this.messages.get("reporting.accepted", o.reference());
			}
			this.cycle.remind(scope, obligation);
			return this.messages.get("reporting.reminded");
		});
	}

	@GetMapping("/reporting/obligations/{id}")
	String obligation(Scope scope, @PathVariable long id, Model model) {
		Obligation o = this.cycle.obligation(scope, id);
		model.addAttribute("o", o);
		model.addAttribute("history", this.cycle.history(scope, id));
		model.addAttribute("overdue", o.isOverdue(LocalDate.now(this.clock)));
		model.addAttribute("unitLabel", this.org.labelOf(o.unitId()));
		model.addAttribute("toLabel", this.org.labelOf(o.receivingUnitId()));
		boolean mine = scope.canWrite() && scope.contains(o.unitPath());
		model.addAttribute("canSubmit", mine);
		model.addAttribute("issued", mine ? this.cycle.issuedReports(scope, o.unitId()) : List.of());
		model.addAttribute("canDecide",
				scope.canWrite() && scope.contains(this.org.get(o.receivingUnitId()).getPath()));
		return "reporting/obligation";
	}

	@PostMapping("/reporting/obligations/{id}/draft")
	String draft(Scope scope, @PathVariable long id, @RequestParam(required = false) Long body,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/reporting/obligations/" + id,
				() -> this.consolidation.start(scope, id, body),
				start -> start.link() != null ? start.link() : "/register/drafts/" + start.draftId(),
				start -> this.messages.get("reporting.drafted"));
	}

	@PostMapping("/reporting/obligations/{id}/submit")
	String submit(Scope scope, @PathVariable long id, @RequestParam(required = false) Long draft,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, back(back, id), () -> {
			if (draft == null) {
				throw AppException.invalid("reporting.submitChooseRequired");
			}
			Obligation o = this.cycle.submit(scope, id, draft, version);
			return this.messages.get("reporting.submitted", o.reference());
		});
	}

	@PostMapping("/reporting/obligations/{id}/return")
	String returnReport(Scope scope, @PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, back(back, id), () -> {
			Obligation o = this.cycle.returnReport(scope, id, version, comment);
			return this.messages.get("reporting.returned", o.reference());
		});
	}

	@PostMapping("/reporting/obligations/{id}/accept")
	String accept(Scope scope, @PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, back(back, id), () -> {
			Obligation o = this.cycle.accept(scope, id, version);
			return this.messages.get("reporting.accepted", o.reference());
		});
	}

	@PostMapping("/reporting/obligations/{id}/remind")
	String remind(Scope scope, @PathVariable long id, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, back(back, id), () -> {
			this.cycle.remind(scope, id);
			return this.messages.get("reporting.reminded");
		});
	}

	@PostMapping("/reporting/requests/{id}/remind")
	String remindAll(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/reporting/requests/" + id,
				() -> this.messages.get("reporting.remindedAll", this.cycle.remindOverdue(scope, id)));
	}

	@PostMapping("/reporting/requests/{id}/consolidate")
	String consolidate(Scope scope, @PathVariable long id, @RequestParam(required = false) Long body,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/reporting/requests/" + id,
				() -> this.consolidation.draft(scope, id, body), draft -> "/register/drafts/" + draft,
				draft -> this.messages.get("reporting.consolidated"));
	}

	/** Back to the page the form was on: a request's page, or the obligation's. */
	private static String back(String back, long id) {
		return back != null && back.matches("/reporting(/requests/\\d+)?(\\?unit=\\d+)?") ? back
				: "/reporting/obligations/" + id;
	}

}
