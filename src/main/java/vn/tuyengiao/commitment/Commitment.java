package vn.tuyengiao.commitment;

import java.time.Instant;
import java.util.Map;

/**
 * One member's commitment in a campaign, as it stands, with who did each step and when.
 */
public record Commitment(long id, long campaignId, long memberId, CommitmentStatus status, EntryMode entryMode,
		Map<CommitmentSection, String> sections, String body, int wordCount, String sourceEncoding, String enteredBy,
		boolean onBehalf, Instant submittedAt, boolean editedAfterSignoff, String signedBy, Instant signedAt,
		String signoffComment, AppraisalResult appraisalResult, String appraisalReasons, Long appraisingUnitId,
		String appraisedBy, Instant appraisedAt, FollowThrough followThrough, String followThroughNote,
		String followThroughBy, Instant followThroughAt, long version, boolean hasFile) {

	public String section(CommitmentSection s) {
		return this.sections.getOrDefault(s, "");
	}

}
