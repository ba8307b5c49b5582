package vn.tuyengiao.commitment;

import java.time.Instant;

/**
 * One line of a commitment's history: what was done, the status after it, who and when,
 * with the comment.
 */
public record CommitmentStep(String step, CommitmentStatus statusAfter, String actor, Instant actedAt, String note) {

	public String messageKey() {
		return "commitment.step." + this.step;
	}

}
