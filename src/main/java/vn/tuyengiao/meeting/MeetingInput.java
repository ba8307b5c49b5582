package vn.tuyengiao.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's record as the secretary's form, the API or an import row sends it.
 *
 * @param attendance one row per member on the roll; a member on the roll left out is
 * recorded absent without a reason
 * @param selfReviewIds the members who presented their self-review on following Uncle
 * Ho's example at this meeting (rotation)
 * @param version the version the user loaded (null for a new meeting)
 */
public record MeetingInput(long cellId, LocalDate heldOn, MeetingKind kind, String topic, Long chairId,
		Long secretaryId, String followUp, String content, String discussion, String resolution, String storyTitle,
		String lesson, boolean documentsSent, boolean minutesSigned, List<Attendance> attendance,
		List<Long> selfReviewIds, Long version) {

	public MeetingInput {
		attendance = attendance == null ? List.of() : List.copyOf(attendance);
		selfReviewIds = selfReviewIds == null ? List.of() : List.copyOf(selfReviewIds);
	}

	/** One member at the meeting: present, or absent with the reason. */
	public record Attendance(long memberId, boolean present, String absenceReason) {
	}

}
