package vn.tuyengiao.copydetection;

/** What an officer decided about a pair copy detection found. */
public enum CopyStatus {

	/** Found, not looked at yet. */
	OPEN,
	/** Looked at: one was copied from the other. */
	CONFIRMED_COPY,
	/** Looked at: similar, but not a copy (shared set phrases, a quoted resolution…). */
	FALSE_ALARM;

	public String messageKey() {
		return "commitment.copy.status." + name();
	}

}
