package vn.tuyengiao.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.CellMeeting;
import vn.tuyengiao.meeting.MeetingChecklist;
import vn.tuyengiao.meeting.MeetingGrade;
import vn.tuyengiao.meeting.MeetingKind;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.meeting.RollMember;
import vn.tuyengiao.meeting.SelfReviewRotation;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * Fills the model of the meeting form: the cell's roll on the date with who is ticked,
 * last meeting's resolution, the members due for their self-review, the checklist hints
 * and the grade panel.
 */
@Component
class MeetingFormPage {

	private final MeetingService meetings;

	private final SelfReviewRotation rotation;

	private final OrgUnits org;

	private final Clock clock;

	MeetingFormPage(MeetingService meetings, SelfReviewRotation rotation, OrgUnits org, Clock clock) {
		this.meetings = meetings;
		this.rotation = rotation;
		this.org = org;
		this.clock = clock;
	}

	/** A row of the attendance checklist. */
	record Row(RollMember member, boolean present, String reason, boolean review) {
	}

	/**
	 * @param meeting the saved meeting, or null for a new one
	 * @param date the date whose roll is shown
	 * @param typed what the user sent (a refused save shows it again), or null
	 */
	String fill(Scope scope, OrgUnit cell, CellMeeting meeting, LocalDate date, MeetingKind kind, MeetingForm typed,
			Map<String, String> params, Model model) {
		LocalDate day = date != null ? date : meeting != null ? meeting.getHeldOn() : LocalDate.now(this.clock);
		List<RollMember> roll = this.meetings.roll(scope, cell.getId(), day);
		Map<Long, MeetingService.AttendanceRow> saved = meeting == null ? Map.of()
				: this.meetings.attendance(scope, meeting.getId());
		Set<Long> savedReviews = meeting == null ? Set.of() : this.meetings.selfReviews(scope, meeting.getId());
		List<SelfReviewRotation.Due> due = this.rotation.due(scope, cell.getId(), day);
		Set<Long> reviews = new HashSet<>();
		if (typed != null) {
			reviews.addAll(typed.reviews() == null ? List.of() : typed.reviews());
		}
		else if (meeting != null) {
			reviews.addAll(savedReviews);
		}
		Set<Long> typedPresent = typed == null ? null : typed.presentSet();
		List<Row> rows = new ArrayList<>();
		for (RollMember r : roll) {
			var s = saved.get(r.memberId());
			boolean present = typedPresent != null ? typedPresent.contains(r.memberId()) : s != null && s.present();
			String reason = typed != null ? params.get(MeetingForm.REASON + r.memberId())
					: s == null ? null : s.absenceReason();
			rows.add(new Row(r, present, reason, reviews.contains(r.memberId())));
		}
		Optional<CellMeeting> previous = this.meetings.previous(scope, cell.getId(), day);
		model.addAttribute("cell", cell);
		model.addAttribute("meeting", meeting);
		model.addAttribute("day", day);
		model.addAttribute("kind", typed != null && typed.kind() != null ? typed.kind()
				: kind != null ? kind : meeting != null ? meeting.getKind() : MeetingKind.REGULAR);
		model.addAttribute("form", typed != null ? typed : fromMeeting(meeting, roll));
		model.addAttribute("rows", rows);
		model.addAttribute("previous", previous.orElse(null));
		model.addAttribute("due", due);
		model.addAttribute("dueIds",
				due.stream().map(d -> d.member().memberId()).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("names", names(roll));
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("grades", MeetingGrade.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("canGrade", meeting != null && meeting.isCompleted() && scope.canManageUnits()
				&& scope.canWrite() && !cell.getId().equals(scope.rootUnitId()));
		if (meeting != null) {
			int absentWithoutReason = (int) saved.values()
				.stream()
				.filter(a -> !a.present() && !a.excused() && (a.absenceReason() == null || a.absenceReason().isBlank()))
				.count();
			List<MeetingChecklist.Item> checklist = MeetingChecklist.check(
					MeetingChecklist.Facts.of(meeting, absentWithoutReason, previous.isPresent(), savedReviews.size()));
			model.addAttribute("checklist", checklist);
			model.addAttribute("checklistDone", MeetingChecklist.done(checklist));
		}
		return "meetings/form";
	}

	private static Map<Long, String> names(List<RollMember> roll) {
		Map<Long, String> names = new java.util.HashMap<>();
		roll.forEach(r -> names.put(r.memberId(), r.fullName()));
		return names;
	}

	/** The saved meeting as a form; a new one gets the cell secretary as chair. */
	private static MeetingForm fromMeeting(CellMeeting m, List<RollMember> roll) {
		if (m == null) {
			Long chair = roll.stream()
				.filter(r -> r.position() != null && r.position().toLowerCase().startsWith("bí thư"))
				.map(RollMember::memberId)
				.findFirst()
				.orElse(null);
			return new MeetingForm(null, null, null, chair, null, null, null, null, null, null, null, false, false,
					null, null, null, null, null);
		}
		return new MeetingForm(m.getHeldOn(), m.getKind(), m.getTopic(), m.getChairId(), m.getSecretaryId(),
				m.getFollowUp(), m.getContent(), m.getDiscussion(), m.getResolution(), m.getStoryTitle(), m.getLesson(),
				m.isDocumentsSent(), m.isMinutesSigned(), null, null, null, m.getVersion(), null);
	}

}
