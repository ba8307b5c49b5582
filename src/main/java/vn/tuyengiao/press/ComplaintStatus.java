package vn.tuyengiao.press;

/** Where a delivery complaint stands; labels {@code press.status.*}. */
public enum ComplaintStatus {

	OPEN, LETTER_SENT, RESOLVED;

	public String messageKey() {
		return "press.status." + name();
	}

}
