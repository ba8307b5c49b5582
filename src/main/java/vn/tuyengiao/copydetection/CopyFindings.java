package vn.tuyengiao.copydetection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.CommitmentStatus;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.copydetection.internal.Clusters;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.similarity.Passage;
import vn.tuyengiao.similarity.PassageAligner;
import vn.tuyengiao.text.VietnameseText;

/**
 * What copy detection found, as users see it: the similar commitments of one commitment,
 * the flagged pairs and the clusters of near-identical commitments of a campaign in a
 * unit, the side-by-side view of a pair with the shared passages, and the officer's
 * decision (confirmed copy or false alarm). Detection is global (across communes, years
 * and campaigns); a user is only shown a pair when both commitments are in their scope.
 */
@Service
public class CopyFindings {

	private final NamedParameterJdbcTemplate jdbc;

	private final CommitmentService commitments;

	private final OrgUnits org;

	private final AuditLog audit;

	private final Clock clock;

	CopyFindings(NamedParameterJdbcTemplate jdbc, CommitmentService commitments, OrgUnits org, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.commitments = commitments;
		this.org = org;
		this.audit = audit;
		this.clock = clock;

	}

	/** One commitment of a pair, with what the lists show of it. */
	public record Side(long commitmentId, long campaignId, int year, String campaignTitle, long memberId,
			String memberName, long cellId, String cellName, String cellPath, String campaignOwnerPath,
			CommitmentStatus status) {

		Side labelled(Map<Long, String> labels) {
			return new Side(this.commitmentId, this.campaignId, this.year, this.campaignTitle, this.memberId,
					this.memberName, this.cellId, labels.getOrDefault(this.cellId, this.cellName), this.cellPath,
					this.campaignOwnerPath, this.status);
		}

	}

	/**
	 * A pair found similar: {@code checked} was checked (entered or changed) when
	 * {@code other} was already there. {@code containment}: share of checked's text found
	 * in other; {@code otherContainment} the reverse.
	 */
	public record Finding(long id, Side checked, Side other, double jaccard, double containment,
			double otherContainment, boolean sameMember, CopyStatus status, Instant foundAt, String decidedBy,
			Instant decidedAt, String comment, long version) {

		/** The side that is not {@code commitmentId}. */
		public Side otherThan(long commitmentId) {
			return this.checked.commitmentId() == commitmentId ? this.other : this.checked;
		}

		public Side side(long commitmentId) {
			return this.checked.commitmentId() == commitmentId ? this.checked : this.other;
		}

		/**
		 * Share of {@code commitmentId}'s text found in the other commitment of the pair.
		 */
		public double shareOf(long commitmentId) {
			return this.checked.commitmentId() == commitmentId ? this.containment : this.otherContainment;
		}

		/** The larger containment: the figure a pair is listed by. */
		public double maxShare() {
			return Math.max(this.containment, this.otherContainment);
		}

		/** "87%": the share of {@code commitmentId}'s text found in the other. */
		public String percentOf(long commitmentId) {
			return percent(shareOf(commitmentId));
		}

		public String maxPercent() {
			return percent(maxShare());
		}

		public String jaccardPercent() {
			return percent(this.jaccard);
		}

		/**
		 * The same member's text of an earlier year (rather than someone else's, or their
		 * own of the same year).
		 */
		public boolean ownEarlierText(long commitmentId) {
			return this.sameMember && otherThan(commitmentId).year() < side(commitmentId).year();
		}

		public static String percent(double share) {
			return Math.round(share * 100) + "%";
		}

	}

	/**
	 * A piece of a text in the side-by-side view: shared with the other text (passage ≥
	 * 0) or its own.
	 */
	public record Segment(String text, int passage) {

		public boolean shared() {
			return this.passage >= 0;
		}

	}

	/** The side-by-side view: {@code left} is the commitment the user came from. */
	public record Pair(Finding finding, Side leftSide, Side rightSide, Commitment left, Commitment right,
			List<Segment> leftSegments, List<Segment> rightSegments, List<Passage> passages, double sharedOfLeft,
			double sharedOfRight) {
	}

	/**
	 * Commitments of a campaign connected through findings (not false alarms), within one
	 * unit's subtree.
	 */
	public record Cluster(List<Side> members, List<String> cells, double maxShare) {
	}

	/** A cluster with the pairs that tie it together, most similar first. */
	public record ClusterPairs(Cluster cluster, List<Finding> pairs) {
	}

	private static final String SELECT = """
			select f.*,
			  c1.campaign_id as k1_id, k1.campaign_year as k1_year, k1.title as k1_title, o1.path as k1_owner, c1.member_id as m1_id,
			  m1.full_name as m1_name, u1.id as u1_id, u1.name as u1_name, u1.path as u1_path, c1.status as c1_status,
			  c2.campaign_id as k2_id, k2.campaign_year as k2_year, k2.title as k2_title, o2.path as k2_owner, c2.member_id as m2_id,
			  m2.full_name as m2_name, u2.id as u2_id, u2.name as u2_name, u2.path as u2_path, c2.status as c2_status
			from copy_finding f
			join commitment c1 on c1.id = f.commitment_id join commitment_campaign k1 on k1.id = c1.campaign_id
			join org_unit o1 on o1.id = k1.owner_unit_id join member m1 on m1.id = c1.member_id join org_unit u1 on u1.id = m1.unit_id
			join commitment c2 on c2.id = f.other_id join commitment_campaign k2 on k2.id = c2.campaign_id
			join org_unit o2 on o2.id = k2.owner_unit_id join member m2 on m2.id = c2.member_id join org_unit u2 on u2.id = m2.unit_id
			""";

	/**
	 * Whether the user may open this commitment: its member's cell in scope, its campaign
	 * visible.
	 */
	static boolean visible(Scope scope, Side s) {
		return scope.contains(s.cellPath()) && CommitmentCampaign.visible(scope, s.campaignOwnerPath());
	}

	static boolean visible(Scope scope, Finding f) {
		return visible(scope, f.checked()) && visible(scope, f.other());
	}

	/** The similar commitments of one commitment the user may see, most similar first. */
	@Transactional(readOnly = true)
	public List<Finding> forCommitment(Scope scope, long commitmentId) {
		this.commitments.get(scope, commitmentId);
		// Each side by its own index: an "or" could be planned as a probe of every pair.
		List<Finding> all = this.jdbc.query(SELECT + """
				where f.id in (select x.id from copy_finding x where x.commitment_id = :id
				  union select x.id from copy_finding x where x.other_id = :id)""",
				new MapSqlParameterSource("id", commitmentId), (rs, i) -> FindingRows.row(rs));
		return FindingRows.labelled(this.org, all.stream().filter(f -> visible(scope, f)).toList())
			.stream()
			.sorted(Comparator.comparingDouble((Finding f) -> f.shareOf(commitmentId))
				.reversed()
				.thenComparingLong(Finding::id))
			.toList();
	}

	/**
	 * One finding; 404 when there is none, 403 when either commitment is outside the
	 * user's scope.
	 */
	@Transactional(readOnly = true)
	public Finding finding(Scope scope, long id) {
		Finding f = byId(id);
		if (f == null) {
			throw AppException.notFound("commitment.copy.notFound", String.valueOf(id));
		}
		if (!visible(scope, f)) {
			throw AppException.forbidden();
		}
		return f;
	}

	private Finding byId(long id) {
		return FindingRows
			.labelled(this.org, this.jdbc.query(SELECT + " where f.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> FindingRows.row(rs)))
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * The pair side by side, from {@code fromCommitmentId} (either side; else the one
	 * checked last).
	 */
	@Transactional(readOnly = true)
	public Pair pair(Scope scope, long findingId, Long fromCommitmentId) {
		Finding f = finding(scope, findingId);
		long leftId = fromCommitmentId != null && fromCommitmentId == f.other().commitmentId()
				? f.other().commitmentId() : f.checked().commitmentId();
		Side leftSide = f.side(leftId);
		Side rightSide = f.otherThan(leftId);
		Commitment left = this.commitments.get(scope, leftSide.commitmentId());
		Commitment right = this.commitments.get(scope, rightSide.commitmentId());
		List<Passage> passages = PassageAligner.align(left.body(), right.body());
		List<int[]> a = new ArrayList<>();
		List<int[]> b = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			Passage p = passages.get(i);
			a.add(new int[] { p.aStart(), p.aEnd(), i });
			b.add(new int[] { p.bStart(), p.bEnd(), i });
		}
		return new Pair(f, leftSide, rightSide, left, right, segments(left.body(), a), segments(right.body(), b),
				passages, f.shareOf(leftId), f.shareOf(rightSide.commitmentId()));
	}

	/**
	 * Cuts a text into its own and shared pieces; {@code spans}: start, end (exclusive),
	 * passage number.
	 */
	static List<Segment> segments(String text, List<int[]> spans) {
		List<int[]> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(s -> s[0]));
		List<Segment> out = new ArrayList<>();
		int at = 0;
		for (int[] s : sorted) {
			int start = Math.max(at, Math.min(s[0], text.length()));
			int end = Math.max(start, Math.min(s[1], text.length()));
			if (start > at) {
				out.add(new Segment(text.substring(at, start), -1));
			}
			if (end > start) {
				out.add(new Segment(text.substring(start, end), s[2]));
			}
			at = Math.max(at, end);
		}
		if (at < text.length()) {
			out.add(new Segment(text.substring(at), -1));
		}
		return out;
	}

	/**
	 * Pairs with at least one commitment of the campaign in the unit's subtree, both in
	 * the user's scope; most similar first. {@code status} null for all.
	 */
	@Transactional(readOnly = true)
	public List<Finding> flagged(Scope scope, long campaignId, long unitId, CopyStatus status) {
		this.commitments.campaign(scope, campaignId);
		OrgUnit unit = this.org.get(scope, unitId);
		List<Finding> all = this.jdbc.query(
				SELECT + " where (c1.campaign_id = :k and u1.path like :p) "
						+ "or (c2.campaign_id = :k and u2.path like :p)",
				new MapSqlParameterSource("k", campaignId).addValue("p", unit.getPath() + "%"),
				(rs, i) -> FindingRows.row(rs));
		return FindingRows.labelled(this.org, all.stream().filter(f -> visible(scope, f)).toList())
			.stream()
			.filter(f -> status == null || f.status() == status)
			.sorted(Comparator.comparingDouble(Finding::maxShare).reversed().thenComparingLong(Finding::id))
			.toList();
	}

	/**
	 * How many pairs of the campaign in the unit's subtree, both sides visible to the
	 * user, still await an officer's decision (the home page's count; {@link #flagged}
	 * without reading the texts).
	 */
	@Transactional(readOnly = true)
	public long awaitingDecision(Scope scope, long campaignId, long unitId) {
		this.commitments.campaign(scope, campaignId);
		OrgUnit unit = this.org.get(scope, unitId);
		return this.jdbc.query(
				"""
						select u1.path as p1, o1.path as k1, u2.path as p2, o2.path as k2
						from copy_finding f
						join commitment c1 on c1.id = f.commitment_id join commitment_campaign k1 on k1.id = c1.campaign_id
						join org_unit o1 on o1.id = k1.owner_unit_id join member m1 on m1.id = c1.member_id join org_unit u1 on u1.id = m1.unit_id
						join commitment c2 on c2.id = f.other_id join commitment_campaign k2 on k2.id = c2.campaign_id
						join org_unit o2 on o2.id = k2.owner_unit_id join member m2 on m2.id = c2.member_id join org_unit u2 on u2.id = m2.unit_id
						where f.id in (
						  select x.id from copy_finding x join commitment c on c.id = x.commitment_id
						  join member m on m.id = c.member_id join org_unit u on u.id = m.unit_id
						  where x.status = 'OPEN' and c.campaign_id = :k and u.path like :p
						  union
						  select x.id from copy_finding x join commitment c on c.id = x.other_id
						  join member m on m.id = c.member_id join org_unit u on u.id = m.unit_id
						  where x.status = 'OPEN' and c.campaign_id = :k and u.path like :p)""",
				new MapSqlParameterSource("k", campaignId).addValue("p", unit.getPath() + "%"),
				(rs, i) -> scope.contains(rs.getString("p1")) && CommitmentCampaign.visible(scope, rs.getString("k1"))
						&& scope.contains(rs.getString("p2")) && CommitmentCampaign.visible(scope, rs.getString("k2")))
			.stream()
			.filter(Boolean::booleanValue)
			.count();
	}

	/**
	 * Groups of the campaign's commitments in the unit's subtree tied together by
	 * findings that are not false alarms (connected components), largest first: several
	 * members handing in one text.
	 */
	@Transactional(readOnly = true)
	public List<Cluster> clusters(Scope scope, long campaignId, long unitId) {
		OrgUnit unit = this.org.get(scope, unitId);
		return Clusters.of(flagged(scope, campaignId, unitId, null), campaignId, unit.getPath());
	}

	/** The clusters with their pairs, from one read of the findings. */
	@Transactional(readOnly = true)
	public List<ClusterPairs> clustersWithPairs(Scope scope, long campaignId, long unitId) {
		OrgUnit unit = this.org.get(scope, unitId);
		List<Finding> all = flagged(scope, campaignId, unitId, null);
		return Clusters.withPairs(Clusters.of(all, campaignId, unit.getPath()), all);
	}

	/**
	 * The officer's decision on a pair: confirmed copy, or false alarm (which needs a
	 * reason). Taken above the cell (like the appraisal), with the version the officer
	 * saw; written to the audit log.
	 */
	@Transactional
	public Finding decide(Scope scope, long findingId, CopyStatus status, String comment, long version) {
		Finding f = byId(findingId);
		if (f == null) {
			// the text changed since the page was opened: the pair was checked again and
			// this finding replaced
			throw AppException.conflict("commitment.copy.gone");
		}
		if (!visible(scope, f)) {
			throw AppException.forbidden();
		}
		scope.requireWrite(f.checked().cellPath());
		if (scope.pathPrefix() != null && (scope.pathPrefix().equals(f.checked().cellPath())
				|| scope.pathPrefix().equals(f.other().cellPath()))) {
			throw new AppException(403, "commitment.copy.deciderNotAbove");
		}
		if (status == null || status == CopyStatus.OPEN) {
			throw AppException.invalid("commitment.copy.decisionRequired");
		}
		String note = comment == null || comment.isBlank() ? null : VietnameseText.normalize(comment).strip();
		if (status == CopyStatus.FALSE_ALARM && note == null) {
			throw AppException.invalid("commitment.copy.reasonRequired");
		}
		if (note != null && note.length() > 2000) {
			throw AppException.invalid("commitment.copy.commentTooLong", 2000);
		}
		int n = this.jdbc.update("""
				update copy_finding set status = :s, decided_by = :by, decided_at = :at, decision_comment = :note,
				  version = version + 1 where id = :id and version = :v""",
				new MapSqlParameterSource("s", status.name()).addValue("by", scope.username())
					.addValue("at", Timestamp.from(Instant.now(this.clock)))
					.addValue("note", note)
					.addValue("id", findingId)
					.addValue("v", version));
		if (n == 0) {
			throw AppException.staleVersion();
		}
		this.audit.record(status == CopyStatus.CONFIRMED_COPY ? "COPY_CONFIRMED" : "COPY_FALSE_ALARM", "CopyFinding",
				findingId, f.checked().cellPath(),
				"Bản cam kết của " + f.checked().memberName() + " và của " + f.other().memberName() + " ("
						+ f.checked().campaignTitle() + "): "
						+ (status == CopyStatus.CONFIRMED_COPY ? "xác nhận sao chép" : "không phải sao chép"),
				note);
		return byId(findingId);
	}

}
