package vn.tuyengiao.meeting;

/** A meeting's record: a draft the secretary is still filling in, or completed. */
public enum MeetingStatus {

	DRAFT, COMPLETED;

	public String messageKey() {
		return "meeting.status." + name();
	}

}
