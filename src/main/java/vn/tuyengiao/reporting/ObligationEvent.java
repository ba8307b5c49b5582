package vn.tuyengiao.reporting;

import java.time.Instant;

/** One step in an obligation's history: who did what, when, with which report, why. */
public record ObligationEvent(long obligationId, String action, String actor, Instant at, Long draftId,
		String reference, String comment) {

	public String messageKey() {
		return "reporting.event." + this.action;
	}

}
