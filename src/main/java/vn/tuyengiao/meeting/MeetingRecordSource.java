package vn.tuyengiao.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * Where meeting records from the Sổ tay đảng viên điện tử come from. Today a file the
 * secretary exports from the Sổ tay ({@link SoTayColumn}); when the Sổ tay publishes an
 * API, a client implementing this interface replaces the file and
 * {@link MeetingRecords#apply} stays as it is.
 */
public interface MeetingRecordSource {

	/** What users read as the origin of the records, e.g. the file's name. */
	String name();

	/** The meetings, each with every member of the cell listed. */
	List<Record> records();

	/**
	 * A meeting as the Sổ tay holds it; the chair and secretary by card number.
	 *
	 * @param firstRow where the meeting starts in the source (a row number), for messages
	 */
	record Record(String cellCode, LocalDate heldOn, MeetingKind kind, String topic, String chairCard,
			String secretaryCard, String followUp, String content, String discussion, String resolution,
			String storyTitle, String lesson, List<Attendee> attendees, int firstRow) {
	}

	/** A member at the meeting, by card number. */
	record Attendee(int row, String cardNumber, String fullName, boolean present, String absenceReason,
			boolean selfReview) {
	}

}
