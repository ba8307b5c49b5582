package vn.tuyengiao.meeting;

/**
 * The quality of a meeting as the commune's party-building department rates it: Tốt, Khá,
 * Trung bình, Kém (the four levels of the central guidance on cell meetings).
 */
public enum MeetingGrade {

	GOOD, FAIR, AVERAGE, POOR;

	public String messageKey() {
		return "meeting.grade." + name();
	}

}
