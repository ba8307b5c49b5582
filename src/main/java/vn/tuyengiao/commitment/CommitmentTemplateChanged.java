package vn.tuyengiao.commitment;

/**
 * Published (inside the transaction) when a campaign's guidance template changes: copy
 * detection fingerprints the campaign's commitments again, since text taken from the
 * template does not count as copying.
 */
public record CommitmentTemplateChanged(long campaignId) {
}
