package vn.tuyengiao.copydetection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.commitment.CommitmentStatus;
import vn.tuyengiao.copydetection.CopyFindings.Finding;
import vn.tuyengiao.copydetection.CopyFindings.Side;
import vn.tuyengiao.org.OrgUnits;

/** A finding as read from its row, and its sides' cells named for the lists. */
final class FindingRows {

	private FindingRows() {
	}

	/**
	 * The findings with each side's cell named unambiguously ({@code OrgUnits.labels}):
	 * after the 2025 mergers a commune has three "Chi bộ Công an xã".
	 */
	static List<Finding> labelled(OrgUnits org, List<Finding> findings) {
		Map<Long, String> labels = org.labelsOf(findings.stream()
			.flatMap(f -> java.util.stream.Stream.of(f.checked().cellId(), f.other().cellId()))
			.distinct()
			.toList());
		return findings.stream()
			.map(f -> new Finding(f.id(), f.checked().labelled(labels), f.other().labelled(labels), f.jaccard(),
					f.containment(), f.otherContainment(), f.sameMember(), f.status(), f.foundAt(), f.decidedBy(),
					f.decidedAt(), f.comment(), f.version()))
			.toList();
	}

	static Finding row(ResultSet rs) throws SQLException {
		Side a = new Side(rs.getLong("commitment_id"), rs.getLong("k1_id"), rs.getInt("k1_year"),
				rs.getString("k1_title"), rs.getLong("m1_id"), rs.getString("m1_name"), rs.getLong("u1_id"),
				rs.getString("u1_name"), rs.getString("u1_path"), rs.getString("k1_owner"),
				CommitmentStatus.valueOf(rs.getString("c1_status")));
		Side b = new Side(rs.getLong("other_id"), rs.getLong("k2_id"), rs.getInt("k2_year"), rs.getString("k2_title"),
				rs.getLong("m2_id"), rs.getString("m2_name"), rs.getLong("u2_id"), rs.getString("u2_name"),
				rs.getString("u2_path"), rs.getString("k2_owner"), CommitmentStatus.valueOf(rs.getString("c2_status")));
		Timestamp found = rs.getTimestamp("found_at");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Finding(rs.getLong("id"), a, b, rs.getDouble("jaccard"), rs.getDouble("containment"),
				rs.getDouble("other_containment"), rs.getBoolean("same_member"),
				CopyStatus.valueOf(rs.getString("status")), found.toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_comment"), rs.getLong("version"));
	}

}
