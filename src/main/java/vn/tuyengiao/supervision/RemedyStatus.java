package vn.tuyengiao.supervision;

/**
 * Where a finding's remedy stands: none required, open, reported done by the unit,
 * accepted by the team, or rejected (open again).
 */
public enum RemedyStatus {

	NONE, OPEN, REPORTED, ACCEPTED, REJECTED;

	/** Still waiting for the unit or the team. */
	public boolean open() {
		return this == OPEN || this == REPORTED || this == REJECTED;
	}

	public String messageKey() {
		return "supervision.remedy." + name();
	}

}
