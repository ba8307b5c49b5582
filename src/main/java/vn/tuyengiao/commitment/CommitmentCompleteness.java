package vn.tuyengiao.commitment;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberCounts;
import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VnFormat;

/**
 * How far a campaign has got, for any unit and every unit below it: expected, submitted,
 * signed, appraised, computed live from the members' status on the campaign's reference
 * date (one grouped query, rolled up the tree in memory). Also the member lists behind
 * the figures: who has not handed in, and the cell secretary's reminders.
 */
@Service
public class CommitmentCompleteness {

	private final CommitmentService commitments;

	private final OrgUnits org;

	private final NamedParameterJdbcTemplate jdbc;

	private final CompletenessCounts counts;

	CommitmentCompleteness(CommitmentService commitments, OrgUnits org, NamedParameterJdbcTemplate jdbc,
			MemberCounts memberCounts) {
		this.commitments = commitments;
		this.org = org;
		this.jdbc = jdbc;
		this.counts = new CompletenessCounts(jdbc, memberCounts);
	}

	/**
	 * Figures of a unit: {@code expected} members, and of them how many {@code submitted}
	 * (any status), were {@code signed} by the cell committee, {@code appraised} as đạt,
	 * {@code returned} for more work; {@code extra} counts commitments from members who
	 * were not expected (exempt, for instance).
	 */
	public record Figures(long expected, long submitted, long signed, long appraised, long returned, long extra) {

		static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0);

		public long missing() {
			return this.expected - this.submitted;
		}

		public String submittedRatio() {
			return VnFormat.ratio(this.submitted, this.expected);
		}

		public String submittedRate() {
			return VnFormat.percent(this.submitted, this.expected);
		}

		public String signedRate() {
			return VnFormat.percent(this.signed, this.expected);
		}

		public String appraisedRate() {
			return VnFormat.percent(this.appraised, this.expected);
		}

		Figures plus(Figures o) {
			return new Figures(this.expected + o.expected, this.submitted + o.submitted, this.signed + o.signed,
					this.appraised + o.appraised, this.returned + o.returned, this.extra + o.extra);
		}

	}

	public record Node(OrgUnit unit, Figures figures, List<Node> children) {
	}

	/**
	 * Members by current cell (their cell today under the unit's path today) with their
	 * status on the campaign's reference date, not by the unit history of that date
	 * (README.md, "Counting members as of a date"; {@link MemberStanding}). TODO(issue
	 * 17): follow the unit history, a behaviour change of its own.
	 */
	@Transactional(readOnly = true)
	public Node rollup(Scope scope, long campaignId, long unitId) {
		CommitmentCampaign campaign = this.commitments.campaign(scope, campaignId);
		OrgUnit root = this.org.get(scope, unitId);
		Map<Long, Figures> own = new HashMap<>();
		this.counts.forEach(root.getPath(), campaign.referenceDate(), campaign.id(), (cell, statusThen, status, n) -> {
			boolean expected = campaign.expects(statusThen);
			Figures f;
			if (!expected) {
				f = new Figures(0, 0, 0, 0, 0, status == null ? 0 : n);
			}
			else if (status == null) {
				f = new Figures(n, 0, 0, 0, 0, 0);
			}
			else {
				CommitmentStatus s = CommitmentStatus.valueOf(status);
				f = new Figures(n, n, s.signed() ? n : 0, s == CommitmentStatus.APPRAISED ? n : 0,
						s == CommitmentStatus.RETURNED ? n : 0, 0);
			}
			own.merge(cell, f, Figures::plus);
		});
		Map<Long, List<OrgUnit>> childrenOf = new HashMap<>();
		for (OrgUnit u : this.org.subtree(root.getPath())) {
			if (!u.getId().equals(root.getId()) && !u.isClosed()) {
				childrenOf.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u);
			}
		}
		return build(root, childrenOf, own);
	}

	private static Node build(OrgUnit unit, Map<Long, List<OrgUnit>> childrenOf, Map<Long, Figures> own) {
		Figures f = own.getOrDefault(unit.getId(), Figures.ZERO);
		List<Node> kids = new ArrayList<>();
		for (OrgUnit child : childrenOf.getOrDefault(unit.getId(), List.of())) {
			Node n = build(child, childrenOf, own);
			kids.add(n);
			f = f.plus(n.figures());
		}
		kids.sort(Comparator.comparing(n -> n.unit().getSearchName()));
		return new Node(unit, f, List.copyOf(kids));
	}

	/**
	 * A member of the subtree on the roll at the reference date, whether expected, and
	 * where their commitment stands (null: not handed in).
	 */
	public record MemberRow(long memberId, String fullName, String position, long cellId, String cellName,
			String statusThen, boolean retiredCadre, boolean expected, Long commitmentId, CommitmentStatus status,
			boolean editedAfterSignoff) {

		public boolean missing() {
			return this.expected && this.commitmentId == null;
		}

		/**
		 * On the cell secretary's reminders: not handed in, returned for more work, or
		 * waiting for the signature.
		 */
		public boolean needsAction() {
			return missing() || this.status == CommitmentStatus.RETURNED || this.status == CommitmentStatus.SUBMITTED;
		}

		public String statusKey() {
			return this.statusThen == null ? "commitment.notOnRoll" : "member.status." + this.statusThen;
		}

	}

	@Transactional(readOnly = true)
	public List<MemberRow> members(Scope scope, long campaignId, long unitId) {
		CommitmentCampaign campaign = this.commitments.campaign(scope, campaignId);
		OrgUnit root = this.org.get(scope, unitId);
		return this.jdbc.query(
				"""
						select x.id, x.full_name, x.position, x.unit_id, x.unit_name, x.status_then, x.retired_cadre, c.id, c.status,
						       c.edited_after_signoff
						from (select m.id, m.full_name, m.search_name, m.position, m.unit_id, u.name as unit_name, u.path,
						             m.retired_cadre,
						             %s as status_then
						      from member m join org_unit u on u.id = m.unit_id where u.path like :prefix) x
						left join commitment c on c.member_id = x.id and c.campaign_id = :c
						where %s or c.id is not null
						order by x.path, x.search_name, x.id"""
					.formatted(MemberStanding.memberStatusOnSql("m", ":d"),
							MemberStanding.onRollStatusSql("x.status_then")),
				new MapSqlParameterSource("prefix", root.getPath() + "%").addValue("d", campaign.referenceDate())
					.addValue("c", campaign.id()),
				(rs, i) -> {
					long cid = rs.getLong(8);
					boolean has = !rs.wasNull();
					String st = rs.getString(9);
					return new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
							rs.getString(5), rs.getString(6), rs.getBoolean(7), campaign.expects(rs.getString(6)),
							has ? cid : null, st == null ? null : CommitmentStatus.valueOf(st), rs.getBoolean(10));
				});
	}

	/**
	 * Who has not handed in (expected, no commitment), with their status on the reference
	 * date.
	 */
	@Transactional(readOnly = true)
	public List<MemberRow> missing(Scope scope, long campaignId, long unitId) {
		return members(scope, campaignId, unitId).stream().filter(MemberRow::missing).toList();
	}

	/**
	 * The cell secretary's reminders: missing, returned, or waiting for the cell
	 * committee's signature.
	 */
	@Transactional(readOnly = true)
	public List<MemberRow> reminders(Scope scope, long campaignId, long unitId) {
		return members(scope, campaignId, unitId).stream().filter(MemberRow::needsAction).toList();
	}

}
