package vn.tuyengiao.commitment;

/**
 * Published (inside the transaction) whenever a commitment's text is entered or changed:
 * copy detection listens to it to index the text and look for similar ones. {@code text}
 * is the normalised body.
 */
public record CommitmentSubmitted(long commitmentId, long campaignId, long memberId, long cellId, String text) {
}
