package vn.tuyengiao.commitment;

import java.util.List;

import vn.tuyengiao.common.Scope;

/**
 * The "similar commitments" box of the commitment page, filled in by copy detection
 * (which depends on this module, not the other way round). Until a bean implements it,
 * the box shows none.
 */
public interface SimilarCommitments {

	/**
	 * The commitments found similar to this one that the user may see, most similar
	 * first.
	 */
	List<Similar> of(Scope scope, long commitmentId);

	/**
	 * One similar commitment as seen from the commitment shown: the pair's finding, the
	 * other commitment and its member's name, cell and year, the share of this text found
	 * there, whether it is the same member's (and their text of an earlier year), and the
	 * officer's decision (a {@code CopyStatus} name and its message key).
	 */
	record Similar(long findingId, long otherId, String otherMemberName, String otherCellName, int otherYear,
			double share, boolean sameMember, boolean ownEarlierText, String status, String statusMessageKey) {

		/** "87%". */
		public String percent() {
			return Math.round(this.share * 100) + "%";
		}

	}

}
