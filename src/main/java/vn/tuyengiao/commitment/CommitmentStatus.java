package vn.tuyengiao.commitment;

/**
 * Where a commitment stands: submitted → signed off by the cell committee → appraised by
 * the commune's appraisal team; "cần bổ sung" returns it to the member, and any edit
 * after sign-off makes it submitted again.
 */
public enum CommitmentStatus {

	SUBMITTED, SIGNED, RETURNED, APPRAISED;

	public String messageKey() {
		return "commitment.status." + name();
	}

	/** Counted as signed in completeness: the cell committee's signature stands. */
	public boolean signed() {
		return this == SIGNED || this == APPRAISED;
	}

}
