/**
 * Yearly commitments (bản cam kết tu dưỡng, rèn luyện, phấn đấu) and personal plans to
 * follow Uncle Ho's example: campaigns per year and kind, entry by form, pasted text or
 * upload (text extracted and normalised, the original kept), the sign-off / appraisal /
 * follow-through workflow, completeness rolled up the tree, and advisory content checks.
 * Copy detection plugs in through {@link vn.tuyengiao.commitment.CommitmentSubmitted} and
 * {@link vn.tuyengiao.commitment.BoilerplateEstimate}.
 */
package vn.tuyengiao.commitment;
