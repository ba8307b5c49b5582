package vn.tuyengiao.recommendation;

import java.time.LocalDate;

/** A recommendation as lists, exports and reports show it. */
public record RecommendationRow(long id, long raisedUnitId, long addresseeUnitId, String externalBody,
		SourceKind sourceKind, String sourceLabel, LocalDate raisedOn, RecommendationField field, String subject,
		String body, LocalDate dueOn, RecommendationStatus status, String answer, LocalDate answeredOn,
		boolean answerSeen, Long groupId, String forwardedTo, Long forwardedFromId, String replyReference,
		LocalDate replyIssuedOn, boolean overdue, Long sourceRef) {

	/** Answered after the due date. */
	public boolean late() {
		return this.answeredOn != null && this.answeredOn.isAfter(this.dueOn);
	}

}
