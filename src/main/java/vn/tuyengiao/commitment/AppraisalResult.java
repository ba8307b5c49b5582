package vn.tuyengiao.commitment;

/**
 * The appraisal team's verdict: đạt, or cần bổ sung (returned to the member with
 * reasons).
 */
public enum AppraisalResult {

	PASSED, NEEDS_SUPPLEMENT;

	public String messageKey() {
		return "commitment.appraisal." + name();
	}

}
