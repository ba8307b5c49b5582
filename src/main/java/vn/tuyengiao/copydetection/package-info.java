/**
 * Copy detection for commitments: every commitment entered or changed is fingerprinted
 * and looked up in the one in-memory similarity index of this instance (across all
 * campaigns, years and units), the similar pairs are recorded as findings, shown in
 * lists, clusters and side by side, and decided by an officer (confirmed copy or false
 * alarm).
 * <p>
 * The public API is {@link vn.tuyengiao.copydetection.CopyFindings} and
 * {@link vn.tuyengiao.copydetection.CopyStatus}; the rest is in {@code internal}:
 * {@code CopyCheck} (the check on {@code CommitmentSubmitted} /
 * {@code CommitmentTemplateChanged}, synchronous listeners in the submitting transaction,
 * so the findings are there when the page comes back), {@code FingerprintIndex} (the
 * in-memory index kept in step with the table across instances), {@code SentenceTable}
 * and {@code BoilerplateShare} (the commitment module's {@code BoilerplateEstimate}), and
 * the pages and the REST API (same URLs as before, under {@code /commitments} and
 * {@code /api/v1/commitments}).
 * <p>
 * Depends on {@code commitment} (its events, {@code CommitmentBodies},
 * {@code CommitmentService} for scoped reads, and the ports {@code BoilerplateEstimate}
 * and {@code SimilarCommitments} it implements) and on {@code similarity}; the commitment
 * module does not depend on this one.
 * <p>
 * <b>Tables owned</b>: {@code commitment_fingerprint} (with its sequence
 * {@code commitment_fingerprint_seq}), {@code copy_finding} and
 * {@code commitment_sentence} (created by {@code V7__copy_detection.sql}). No other
 * module reads or writes them.
 * <p>
 * <b>Reads of other modules' tables</b> (an allowed exception): the listing query of
 * {@code CopyFindings} joins {@code copy_finding} with {@code commitment},
 * {@code commitment_campaign} (commitment module), {@code member} (member module) and
 * {@code org_unit} (org module) to show both sides of every pair with its campaign,
 * member and cell in one query, filter by campaign and unit path and check scope on the
 * cell path; doing this through the modules' APIs would cost several queries per pair on
 * pages listing hundreds of pairs. The read is read-only. Everything else about
 * commitments goes through {@code CommitmentBodies} and {@code CommitmentService}.
 */
package vn.tuyengiao.copydetection;
