package vn.tuyengiao.reporting;

/**
 * Where a unit's obligation stands; "overdue" is a due or returned obligation past its
 * deadline. Labels come from messages ({@code reporting.status.*}).
 */
public enum ObligationStatus {

	DUE, SUBMITTED, RETURNED, ACCEPTED;

	public String messageKey() {
		return "reporting.status." + name();
	}

}
