package vn.tuyengiao.meeting.internal;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.MeetingRollup;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * The roll-up of cell meetings per commune and province (a cell secretary goes straight
 * to the cell's meetings), and the Excel exports.
 */
@Controller
class MeetingRollupController {

	private final MeetingRollup rollup;

	private final MeetingService meetings;

	private final OrgUnits org;

	private final MeetingExport export;

	MeetingRollupController(MeetingRollup rollup, MeetingService meetings, OrgUnits org, MeetingExport export) {
		this.rollup = rollup;
		this.meetings = meetings;
		this.org = org;
		this.export = export;
	}

	/** The unit and period of the roll-up; the year so far by default. */
	record Period(Long unit, LocalDate from, LocalDate to) {

		LocalDate fromOr(LocalDate today) {
			return this.from != null ? this.from : today.withDayOfYear(1);
		}

		LocalDate toOr(LocalDate today) {
			return this.to != null ? this.to : today;
		}

	}

	@GetMapping("/meetings")
	String rollup(Scope scope, Period period, Model model) {
		OrgUnit unit = this.org.get(scope, this.org.defaultUnit(scope, period.unit()));
		if (unit.getKind().holdsMembers()) {
			return "redirect:/meetings/cells/" + unit.getId();
		}
		LocalDate today = this.meetings.today();
		LocalDate from = period.fromOr(today);
		LocalDate to = period.toOr(today);
		MeetingRollup.Rollup r = this.rollup.rollup(scope, unit.getId(), from, to);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestry", this.org.ancestry(scope, unit));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("r", r);
		model.addAttribute("summary", this.rollup.summary(r, from, to));
		model.addAttribute("labels", this.org.labels(r.children().stream().map(MeetingRollup.Node::unit).toList()));
		return "meetings/rollup";
	}

	@GetMapping("/meetings.xlsx")
	void rollupExport(Scope scope, Period period, HttpServletResponse response) throws IOException {
		OrgUnit unit = this.org.get(scope, this.org.defaultUnit(scope, period.unit()));
		LocalDate today = this.meetings.today();
		this.export.rollup(scope, unit, period.fromOr(today), period.toOr(today), response);
	}

	@GetMapping("/meetings/cells/{cellId}/meetings.xlsx")
	void meetingsExport(Scope scope, @PathVariable long cellId, HttpServletResponse response) throws IOException {
		this.export.meetings(scope, this.meetings.cell(scope, cellId), response);
	}

	@GetMapping("/meetings/cells/{cellId}/so-tay.xlsx")
	void soTayExport(Scope scope, @PathVariable long cellId, HttpServletResponse response) throws IOException {
		this.export.soTay(scope, this.meetings.cell(scope, cellId), response);
	}

}
