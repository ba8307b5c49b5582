package vn.tuyengiao.bookcabinet;

/** What the committee decided about a lost copy. */
public enum LossDecision {

	COMPENSATED, WRITTEN_OFF;

	public String messageKey() {
		return "bookcabinet.LossDecision." + name();
	}

}
