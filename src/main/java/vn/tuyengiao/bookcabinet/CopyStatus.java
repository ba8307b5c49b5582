package vn.tuyengiao.bookcabinet;

/**
 * A copy on the shelf, lent out, reported lost, or written off by a committee decision.
 */
public enum CopyStatus {

	AVAILABLE, ON_LOAN, LOST, WRITTEN_OFF;

	public String messageKey() {
		return "bookcabinet.CopyStatus." + name();
	}

}
