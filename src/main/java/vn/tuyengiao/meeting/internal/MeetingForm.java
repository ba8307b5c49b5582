package vn.tuyengiao.meeting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tuyengiao.meeting.MeetingInput;
import vn.tuyengiao.meeting.MeetingKind;

/**
 * The secretary's one-page form: the meeting's fields, the roll shown (ids in order), the
 * ticks of who was present, and the self-reviews. Absence reasons come as
 * {@code reason-<member id>} fields (a comma in a reason must not split a list).
 */
record MeetingForm(LocalDate heldOn, MeetingKind kind, String topic, Long chairId, Long secretaryId, String followUp,
		String content, String discussion, String resolution, String storyTitle, String lesson, Boolean documentsSent,
		Boolean minutesSigned, List<Long> rollIds, List<Long> present, List<Long> reviews, Long version,
		String action) {

	static final String REASON = "reason-";

	boolean completing() {
		return "complete".equals(this.action);
	}

	Set<Long> presentSet() {
		return this.present == null ? Set.of() : new HashSet<>(this.present);
	}

	MeetingInput toInput(long cellId, Map<String, String> params) {
		Set<Long> here = presentSet();
		List<MeetingInput.Attendance> rows = new ArrayList<>();
		if (this.rollIds != null) {
			for (Long id : this.rollIds) {
				rows.add(new MeetingInput.Attendance(id, here.contains(id), params.get(REASON + id)));
			}
		}
		// A tick on someone not among the rows shown (a tampered or stale page) is still
		// checked against the roll.
		for (Long id : here) {
			if (this.rollIds == null || !this.rollIds.contains(id)) {
				rows.add(new MeetingInput.Attendance(id, true, null));
			}
		}
		return new MeetingInput(cellId, this.heldOn, this.kind == null ? MeetingKind.REGULAR : this.kind, this.topic,
				this.chairId, this.secretaryId, this.followUp, this.content, this.discussion, this.resolution,
				this.storyTitle, this.lesson, Boolean.TRUE.equals(this.documentsSent),
				Boolean.TRUE.equals(this.minutesSigned), rows, this.reviews == null ? List.of() : this.reviews,
				this.version);
	}

}
