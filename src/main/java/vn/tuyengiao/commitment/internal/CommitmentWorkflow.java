package vn.tuyengiao.commitment.internal;

import java.sql.Timestamp;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.commitment.AppraisalResult;
import vn.tuyengiao.commitment.Author;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.CommitmentStatus;
import vn.tuyengiao.commitment.FollowThrough;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VietnameseText;

/**
 * The workflow steps after entry: the cell committee's sign-off, the appraisal team's
 * verdict and the year-end follow-through, each kept in the history and the audit log,
 * with the version the user saw. Behind {@link CommitmentService}, which holds the
 * transactions.
 */
@Component
public class CommitmentWorkflow {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgUnits org;

	private final AuditLog audit;

	private final CommitmentRecords records;

	CommitmentWorkflow(NamedParameterJdbcTemplate jdbc, OrgUnits org, AuditLog audit, CommitmentRecords records) {
		this.jdbc = jdbc;
		this.org = org;
		this.audit = audit;
		this.records = records;
	}

	/**
	 * The cell committee has read the commitment and signs it off (ký xác nhận), with its
	 * comment.
	 */
	public Commitment signOff(Scope scope, long id, String comment, long version) {
		Commitment c = this.records.get(scope, id);
		Author author = this.records.author(c.memberId());
		scope.requireWrite(author.cellPath());
		if (c.status() != CommitmentStatus.SUBMITTED) {
			throw AppException.conflict("commitment.notAwaitingSignoff", author.fullName());
		}
		String note = CommitmentRecords.blankToNull(VietnameseText.normalize(comment));
		Timestamp now = this.records.now();
		int n = this.jdbc
			.update("""
					update commitment set status = 'SIGNED', signed_by = :by, signed_at = :now, signoff_comment = :note,
					  edited_after_signoff = false, version = version + 1, updated_at = :now where id = :id and version = :v""",
					new MapSqlParameterSource("by", scope.username()).addValue("now", now)
						.addValue("note", note)
						.addValue("id", id)
						.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		this.records.step(id, "SIGNED", CommitmentStatus.SIGNED, scope.username(), note);
		this.audit.record("SIGN", "Commitment", id, author.cellPath(),
				"Chi ủy ký xác nhận bản cam kết của " + author.fullName(), note);
		return this.records.byId(id);
	}

	/**
	 * The commune's appraisal team (a unit above the cell): đạt, or cần bổ sung with
	 * reasons, which returns the commitment to the member.
	 */
	public Commitment appraise(Scope scope, long id, AppraisalResult result, String reasons, long version) {
		Commitment c = this.records.get(scope, id);
		Author author = this.records.author(c.memberId());
		scope.requireWrite(author.cellPath());
		if (scope.pathPrefix() != null && scope.pathPrefix().equals(author.cellPath())) {
			throw new AppException(403, "commitment.appraiserNotAbove");
		}
		if (result == null) {
			throw AppException.invalid("commitment.appraisalRequired");
		}
		String note = CommitmentRecords.blankToNull(CommitmentText.normalize(reasons));
		if (result == AppraisalResult.NEEDS_SUPPLEMENT && note == null) {
			throw AppException.invalid("commitment.reasonsRequired");
		}
		if (c.status() != CommitmentStatus.SIGNED) {
			throw AppException.conflict("commitment.notSigned", author.fullName());
		}
		CommitmentStatus after = result == AppraisalResult.PASSED ? CommitmentStatus.APPRAISED
				: CommitmentStatus.RETURNED;
		OrgUnit cell = this.org.get(author.cellId());
		Long appraiser = scope.rootUnitId() != null ? scope.rootUnitId() : cell.getParentId();
		Timestamp now = this.records.now();
		int n = this.jdbc.update(
				"""
						update commitment set status = :s, appraisal_result = :r, appraisal_reasons = :note, appraising_unit_id = :u,
						  appraised_by = :by, appraised_at = :now, version = version + 1, updated_at = :now
						where id = :id and version = :v""",
				new MapSqlParameterSource("s", after.name()).addValue("r", result.name())
					.addValue("note", note)
					.addValue("u", appraiser)
					.addValue("by", scope.username())
					.addValue("now", now)
					.addValue("id", id)
					.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		this.records.step(id, after == CommitmentStatus.APPRAISED ? "APPRAISED" : "RETURNED", after, scope.username(),
				note);
		this.audit.record("APPRAISE", "Commitment", id, "Tổ thẩm định: bản cam kết của " + author.fullName() + " — "
				+ (result == AppraisalResult.PASSED ? "đạt" : "cần bổ sung"), note);
		return this.records.byId(id);
	}

	/**
	 * At year end, for the self-review: was the commitment kept? Recorded by the cell.
	 */
	public Commitment recordFollowThrough(Scope scope, long id, FollowThrough followThrough, String note,
			long version) {
		Commitment c = this.records.get(scope, id);
		Author author = this.records.author(c.memberId());
		scope.requireWrite(author.cellPath());
		if (followThrough == null) {
			throw AppException.invalid("commitment.followThroughRequired");
		}
		if (!c.status().signed()) {
			throw AppException.conflict("commitment.followThroughNeedsSignoff", author.fullName());
		}
		String text = CommitmentRecords.blankToNull(CommitmentText.normalize(note));
		Timestamp now = this.records.now();
		int n = this.jdbc.update("""
				update commitment set follow_through = :f, follow_through_note = :note, follow_through_by = :by,
				  follow_through_at = :now, version = version + 1, updated_at = :now where id = :id and version = :v""",
				new MapSqlParameterSource("f", followThrough.name()).addValue("note", text)
					.addValue("by", scope.username())
					.addValue("now", now)
					.addValue("id", id)
					.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		this.records.step(id, "FOLLOW_THROUGH_" + followThrough.name(), c.status(), scope.username(), text);
		this.audit.record("FOLLOW_THROUGH", "Commitment", id,
				"Kết quả thực hiện cam kết của " + author.fullName() + ": " + followThrough, text);
		return this.records.byId(id);
	}

}
