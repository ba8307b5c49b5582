package vn.tuyengiao.reporting;

import java.time.LocalDate;

/**
 * What one unit owes for one request, and where it stands. On time means first submitted
 * on or before the deadline and submitted now (a returned report counts once it is
 * submitted again).
 */
public record Obligation(long id, long requestId, long unitId, String unitPath, long receivingUnitId,
		LocalDate deadline, ObligationStatus status, Long draftId, Long submittedDraftId, String reference,
		LocalDate firstSubmittedOn, LocalDate submittedOn, String submittedBy, LocalDate decidedOn, String decidedBy,
		int reminders, long version, String title, ReportType type, LocalDate periodFrom, LocalDate periodTo,
		Long campaignId) {

	/** Submitted or accepted: counts towards completeness. */
	public boolean isIn() {
		return this.status == ObligationStatus.SUBMITTED || this.status == ObligationStatus.ACCEPTED;
	}

	public boolean isOnTime() {
		return isIn() && this.firstSubmittedOn != null && !this.firstSubmittedOn.isAfter(this.deadline);
	}

	/** Still owed (due or returned) and past the deadline. */
	public boolean isOverdue(LocalDate today) {
		return !isIn() && today.isAfter(this.deadline);
	}

	public boolean isLocked() {
		return this.status == ObligationStatus.ACCEPTED;
	}

	public Tally tally() {
		return new Tally(1, isIn() ? 1 : 0, isOnTime() ? 1 : 0);
	}

}
