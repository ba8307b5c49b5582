package vn.tuyengiao.meeting;

/**
 * Sinh hoạt thường kỳ (the regular monthly meeting) or sinh hoạt chuyên đề (a thematic
 * meeting on a topic); labels from {@code meeting.kind.*}.
 */
public enum MeetingKind {

	REGULAR, THEMATIC;

	public String messageKey() {
		return "meeting.kind." + name();
	}

}
