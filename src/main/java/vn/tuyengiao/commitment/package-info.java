/**
 * Yearly commitments (bản cam kết tu dưỡng, rèn luyện, phấn đấu) and personal plans to
 * follow Uncle Ho's example: campaigns per year and kind, entry by form, pasted text or
 * upload (text read by {@link vn.tuyengiao.text.DocumentText}, the original kept), the
 * sign-off / appraisal / follow-through workflow, completeness rolled up the tree, and
 * advisory content checks.
 * <p>
 * API: {@link vn.tuyengiao.commitment.CommitmentService} (the entry point, holding the
 * transactions; its jobs are in {@code internal}: {@code CampaignStore},
 * {@code CommitmentEntry}, {@code CommitmentWorkflow}, {@code CommitmentRecords}),
 * {@link vn.tuyengiao.commitment.CommitmentCompleteness}, the read API
 * {@link vn.tuyengiao.commitment.CommitmentBodies} (stored texts for modules that process
 * them), the records and enums they return, and the events
 * {@link vn.tuyengiao.commitment.CommitmentSubmitted} and
 * {@link vn.tuyengiao.commitment.CommitmentTemplateChanged}, published inside the
 * transaction.
 * <p>
 * Copy detection (module {@code copydetection}) depends on this module, never the other
 * way round: it listens to the events and fills in the ports
 * {@link vn.tuyengiao.commitment.BoilerplateEstimate} (content checks) and
 * {@link vn.tuyengiao.commitment.SimilarCommitments} (the commitment page's similar box);
 * without it, both show nothing.
 * <p>
 * Tables owned: {@code commitment_campaign}, {@code commitment}, {@code commitment_step},
 * {@code commitment_file}. Read by {@code copydetection}'s listing query (documented in
 * its package-info). Reads of other modules' tables, unchanged by the split:
 * {@code CommitmentRecords.author} joins {@code member} and {@code org_unit} (a
 * commitment's author with cell and path, for scope checks), and
 * {@code CommitmentCompleteness} reads {@code member}, {@code member_status_period} and
 * {@code org_unit} (who is expected on the reference date, rolled up the tree).
 */
package vn.tuyengiao.commitment;
