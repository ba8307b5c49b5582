package vn.tuyengiao.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.CellMeeting;
import vn.tuyengiao.meeting.MeetingKind;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.meeting.SelfReviewRotation;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.text.VietnameseText;

/**
 * The cell secretary's pages: the cell's meetings, and one page per meeting (fields,
 * attendance checklist, story and lesson, self-reviews, hints, grade).
 */
@Controller
class MeetingController {

	private final MeetingService meetings;

	private final SelfReviewRotation rotation;

	private final MeetingFormPage page;

	private final OrgUnits org;

	private final FormActions forms;

	private final Messages messages;

	MeetingController(MeetingService meetings, SelfReviewRotation rotation, MeetingFormPage page, OrgUnits org,
			FormActions forms, Messages messages) {
		this.meetings = meetings;
		this.rotation = rotation;
		this.page = page;
		this.org = org;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/meetings/cells/{cellId}")
	String cell(Scope scope, @PathVariable long cellId, Model model) {
		OrgUnit cell = this.meetings.cell(scope, cellId);
		List<CellMeeting> list = this.meetings.meetings(scope, cellId);
		model.addAttribute("cell", cell);
		model.addAttribute("cellLabel", this.org.label(cell));
		model.addAttribute("ancestry", this.org.ancestry(scope, cell));
		model.addAttribute("meetings", list);
		model.addAttribute("due", this.rotation.due(scope, cellId, this.meetings.today()));
		model.addAttribute("canWrite", scope.canWrite());
		return "meetings/cell";
	}

	@GetMapping("/meetings/cells/{cellId}/new")
	String newMeeting(Scope scope, @PathVariable long cellId, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) MeetingKind kind, Model model) {
		OrgUnit cell = this.meetings.cell(scope, cellId);
		return this.page.fill(scope, cell, null, date, kind, null, Map.of(), model);
	}

	@PostMapping("/meetings/cells/{cellId}")
	String create(Scope scope, @PathVariable long cellId, MeetingForm form, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		OrgUnit cell = this.meetings.cell(scope, cellId);
		return this.forms.orForm(model, () -> {
			CellMeeting m = this.meetings.save(scope, null, form.toInput(cellId, params), form.completing());
			redirect.addFlashAttribute("flash", savedMessage(m));
			return "redirect:/meetings/" + m.getId();
		}, () -> this.page.fill(scope, cell, null, form.heldOn(), form.kind(), form, params, model));
	}

	@GetMapping("/meetings/{id}")
	String meeting(Scope scope, @PathVariable long id, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) MeetingKind kind, Model model) {
		CellMeeting m = this.meetings.get(scope, id);
		OrgUnit cell = this.org.get(m.getUnitId());
		return this.page.fill(scope, cell, m, date, kind, null, Map.of(), model);
	}

	@PostMapping("/meetings/{id}")
	String update(Scope scope, @PathVariable long id, MeetingForm form, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		CellMeeting m = this.meetings.get(scope, id);
		OrgUnit cell = this.org.get(m.getUnitId());
		return this.forms.orForm(model, () -> {
			CellMeeting saved = this.meetings.save(scope, id, form.toInput(cell.getId(), params), form.completing());
			redirect.addFlashAttribute("flash", savedMessage(saved));
			return "redirect:/meetings/" + id;
		}, () -> this.page.fill(scope, cell, this.meetings.get(scope, id), form.heldOn(), form.kind(), form, params,
				model));
	}

	@PostMapping("/meetings/{id}/grade")
	String grade(Scope scope, @PathVariable long id, MeetingGradeForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/meetings/" + id,
				() -> this.meetings.grade(scope, id, form.grade(), form.note(), form.version()));
	}

	@PostMapping("/meetings/{id}/delete")
	String delete(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		CellMeeting m = this.meetings.get(scope, id);
		return this.forms.redirect(redirect, "/meetings/" + id, () -> {
			this.meetings.deleteDraft(scope, id, version);
			return this.messages.get("meeting.deleted");
		}, x -> "/meetings/cells/" + m.getUnitId(), x -> x);
	}

	/** The chair and secretary pickers: members on the cell's roll on the date. */
	@GetMapping("/meetings/cells/{cellId}/pick")
	@ResponseBody
	List<Pick> pick(Scope scope, @PathVariable long cellId, @RequestParam(required = false) LocalDate date,
			@RequestParam(defaultValue = "") String q) {
		String folded = VietnameseText.fold(q);
		return this.meetings.roll(scope, cellId, date == null ? this.meetings.today() : date)
			.stream()
			.filter(r -> VietnameseText.fold(r.fullName()).contains(folded))
			.limit(15)
			.map(r -> new Pick(r.memberId(), r.fullName(), r.position() == null ? "" : r.position()))
			.toList();
	}

	record Pick(long id, String label, String detail) {
	}

	private String savedMessage(CellMeeting m) {
		return this.messages.get(m.isCompleted() ? "meeting.completed" : "meeting.savedDraft", m.getHeldOn(),
				m.getPresentCount(), m.getExpectedCount());
	}

}
