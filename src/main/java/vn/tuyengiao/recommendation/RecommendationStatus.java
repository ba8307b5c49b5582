package vn.tuyengiao.recommendation;

/**
 * Where a recommendation stands. Open: received, being dealt with. Ended: resolved,
 * partly resolved, forwarded to another body (which is tracked onward), or explained and
 * not accepted. A partly resolved recommendation may still be answered again. Labels:
 * {@code recommendation.RecommendationStatus.*}.
 */
public enum RecommendationStatus {

	RECEIVED, IN_PROGRESS, RESOLVED, PARTLY_RESOLVED, FORWARDED, EXPLAINED_NOT_ACCEPTED;

	public boolean isOpen() {
		return this == RECEIVED || this == IN_PROGRESS;
	}

	/** An answer was given (the unit that asked sees it). */
	public boolean isAnswered() {
		return !isOpen();
	}

	/** May still take a response. */
	public boolean takesResponse() {
		return isOpen() || this == PARTLY_RESOLVED;
	}

	public String messageKey() {
		return "recommendation.RecommendationStatus." + name();
	}

	/** The Bootstrap badge colour of the state. */
	public String badge() {
		return switch (this) {
			case RECEIVED -> "text-bg-secondary";
			case IN_PROGRESS -> "text-bg-info";
			case RESOLVED -> "text-bg-success";
			case PARTLY_RESOLVED -> "text-bg-warning";
			case FORWARDED -> "text-bg-primary";
			case EXPLAINED_NOT_ACCEPTED -> "text-bg-dark";
		};
	}

}
