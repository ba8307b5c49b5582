package vn.tuyengiao.study;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberCounts;
import vn.tuyengiao.member.MemberStanding;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.text.VnFormat;

/**
 * Live results of a campaign for a unit and everything below it, as of a date: party
 * members by person (attended ÷ (total − exempt − away), with the parts kept), other
 * audiences by head against their population, classes per organising unit. A handful of
 * grouped queries over counts kept in step with every write (each kept row carries its
 * unit's path, so no query joins the whole tree); there is no rebuild step, so the
 * numbers are always current.
 */
@Service
public class StudyRollup {

	private final StudyService study;

	private final OrgUnits org;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final MemberCounts counts;

	private final MemberStanding standing;

	StudyRollup(StudyService study, OrgUnits org, NamedParameterJdbcTemplate jdbc, Clock clock, MemberCounts counts,
			MemberStanding standing) {
		this.standing = standing;
		this.counts = counts;
		this.study = study;
		this.org = org;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Party members' figures; the rate's formula is shown with its parts. */
	public record MemberFigures(long total, long exempt, long away, long attended) {

		public long denominator() {
			return this.total - this.exempt - this.away;
		}

		public String rate() {
			return VnFormat.percent(this.attended, denominator());
		}

		/** Attended of all on the roll, as the report writes it ("2.825/3.153"). */
		public String ratio() {
			return VnFormat.ratio(this.attended, this.total);
		}

		/**
		 * Attended of those who had to attend: the fraction the rate is ("2.825/2.870").
		 */
		public String rateFraction() {
			return VnFormat.ratio(this.attended, denominator());
		}

		MemberFigures plus(MemberFigures o) {
			return new MemberFigures(this.total + o.total, this.exempt + o.exempt, this.away + o.away,
					this.attended + o.attended);
		}

	}

	public record Headcount(long attended, long population) {

		public String rate() {
			return VnFormat.percent(this.attended, this.population);
		}

		Headcount plus(Headcount o) {
			return new Headcount(this.attended + o.attended, this.population + o.population);
		}

	}

	public record Node(OrgUnit unit, MemberFigures members, Map<Audience, Headcount> audiences, long sessions,
			List<Node> children) {

		/** Members on the roll who have not attended yet: the follow-up list's size. */
		public long notYetAttended() {
			return Math.max(0, this.members.denominator() - this.members.attended());
		}

	}

	/**
	 * The unit and its children (one level), as the campaign page and the report show
	 * them.
	 */
	@Transactional(readOnly = true)
	public Node rollup(Scope scope, long campaignId, long unitId, LocalDate asOf) {
		return rollup(scope, campaignId, unitId, asOf, 1);
	}

	/**
	 * The unit's figures with its descendants down to {@code levels} levels below it
	 * (each with its own roll-up). Members come from the kept per-unit counts
	 * ({@link MemberCounts}) for today, from the status and cell periods for an earlier
	 * date; attendance from the kept per-cell tallies of first attendances; both are
	 * updated in the same transaction as the attendance or member they count, so the
	 * figures are live.
	 */
	@Transactional(readOnly = true)
	public Node rollup(Scope scope, long campaignId, long unitId, LocalDate asOf, int levels) {
		StudyCampaign campaign = this.study.campaign(scope, campaignId);
		OrgUnit root = this.org.get(scope, unitId);
		LocalDate d = asOf == null ? LocalDate.now(this.clock) : asOf;
		String prefix = root.getPath() + "%";
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix).addValue("d", d)
			.addValue("c", campaign.getId());
		int maxDepth = root.getDepth() + Math.max(0, levels);
		Map<Long, Acc> acc = new HashMap<>();
		Folder fold = new Folder(root.getDepth(), maxDepth, acc);
		// One level down (the page, the report): the database sums per child's path
		// prefix and sends a row per child;
		// deeper answers (the API's depth) get a row per unit and fold them here.
		boolean byChild = levels <= 1;
		String key = byChild ? MemberCounts.CHILD_PATH : "u.path";
		p.addValue("start", root.getPath().length() + 1).addValue("len", root.getPath().length());

		if (d.isBefore(LocalDate.now(this.clock))) {
			// By today's tree, like the attendance tallies below (README.md, "Counting
			// members as of a date").
			// TODO(issue 17): decide whether an earlier date follows the unit history
			// (the
			// rule for "as of"); the tallies would have to follow it too.
			this.standing.asOfByCurrentTree(root.getPath(), d, byChild,
					c -> fold.add(c.path(), a -> a.members(c.status(), c.count())));
		}
		else {
			this.counts.forEach(root.getPath(), byChild, c -> fold.add(c.path(), a -> {
				for (MemberStatus status : MemberStanding.ON_ROLL) {
					a.members(status, c.get(status));
				}
			}));
		}
		String tallyKey = byChild ? MemberCounts.childPath("t.unit_path") : "t.unit_path";
		this.jdbc.query("""
				select %s, sum(t.attended) from campaign_tally t
				where t.campaign_id = :c and t.first_on <= :d and t.unit_path like :prefix
				group by 1""".formatted(tallyKey), p, (ResultSet rs) -> {
			long n = rs.getLong(2);
			fold.add(rs.getString(1), a -> a.attended += n);
		});
		// The campaign's own rows (classes, headcounts, populations: thousands, not
		// millions) with each unit's path
		// looked up by id, rather than a join that would read the whole organisation
		// tree.
		String x = byChild ? MemberCounts.childPath("x.path") : "x.path";
		this.jdbc.query("""
				select %s, x.audience, sum(x.attended) from (
				  select (select u.path from org_unit u where u.id = h.unit_id) as path, h.audience, h.attended
				  from session_headcount h join study_session s on s.id = h.session_id
				  where s.campaign_id = :c and s.held_on <= :d) x
				where x.path like :prefix group by 1, 2""".formatted(x), p, (ResultSet rs) -> {
			Headcount h = new Headcount(rs.getLong(3), 0);
			Audience audience = Audience.valueOf(rs.getString(2));
			fold.add(rs.getString(1), a -> a.audiences.merge(audience, h, Headcount::plus));
		});
		this.jdbc.query("""
				select %s, x.audience, sum(x.population) from (
				  select (select u.path from org_unit u where u.id = a.unit_id) as path, a.audience, a.population
				  from audience_population a where a.campaign_id = :c) x
				where x.path like :prefix group by 1, 2""".formatted(x), p, (ResultSet rs) -> {
			Headcount h = new Headcount(0, rs.getLong(3));
			Audience audience = Audience.valueOf(rs.getString(2));
			fold.add(rs.getString(1), a -> a.audiences.merge(audience, h, Headcount::plus));
		});
		this.jdbc.query("""
				select %s, count(*) from (
				  select (select u.path from org_unit u where u.id = s.organiser_unit_id) as path
				  from study_session s where s.campaign_id = :c and s.held_on <= :d) x
				where x.path like :prefix group by 1""".formatted(x), p, (ResultSet rs) -> {
			long n = rs.getLong(2);
			fold.add(rs.getString(1), a -> a.sessions += n);
		});

		// One level: the root's children by parent (an index lookup); deeper: the subtree
		// down to that depth.
		List<OrgUnit> units = levels == 1 ? this.org.children(root) : this.org.subtree(root.getPath(), maxDepth);
		Map<Long, List<OrgUnit>> childrenOf = new HashMap<>();
		for (OrgUnit u : units) {
			if (!u.getId().equals(root.getId()) && u.isOpenOn(d)) {
				childrenOf.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u);
			}
		}
		return build(root, childrenOf, acc);
	}

	/** Figures gathered for one unit of the answer: everything in its subtree. */
	private static final class Acc {

		long total;

		long exempt;

		long away;

		long attended;

		long sessions;

		final Map<Audience, Headcount> audiences = new EnumMap<>(Audience.class);

		void members(MemberStatus status, long n) {
			switch (status) {
				case ACTIVE -> this.total += n;
				case EXEMPT -> {
					this.total += n;
					this.exempt += n;
				}
				case AWAY -> {
					this.total += n;
					this.away += n;
				}
				default -> {
				}
			}
		}

	}

	/**
	 * Adds a row of some unit to that unit's ancestors from the root down to the deepest
	 * level asked for (and to the unit itself when it is that shallow): paths are
	 * "/1/5/23/", so the ancestor at depth k is the (k+1)-th id.
	 */
	private record Folder(int rootDepth, int maxDepth, Map<Long, Acc> acc) {

		void add(String path, java.util.function.Consumer<Acc> change) {
			int depth = 0;
			int from = 1;
			while (from < path.length() && depth <= this.maxDepth) {
				int to = path.indexOf('/', from);
				if (depth >= this.rootDepth) {
					change.accept(this.acc.computeIfAbsent(Long.parseLong(path, from, to, 10), k -> new Acc()));
				}
				from = to + 1;
				depth++;
			}
		}

	}

	/**
	 * Who should have attended and has not yet: active members of the subtree with no
	 * attendance in the campaign.
	 */
	public record Missing(long memberId, String fullName, String position, long cellId, String cellName) {
	}

	/** The columns the follow-up list sorts by: cell by cell (the default) or by name. */
	public static final Map<String, List<String>> MISSING_SORTS = Map.of("unit",
			List.of("u.path", "m.search_name", "m.id"), "name", List.of("m.search_name", "m.id"));

	private static final int MISSING_COUNT_CAP = 100_000;

	/**
	 * Active members under the prefix who attended no class of the campaign: the kept
	 * attendees ({@code campaign_attendee}, one row per member who attended any class,
	 * kept in the transaction that ticks the roll) instead of every attendance row joined
	 * to its class (a province: 128 instead of 160 ms of one core).
	 */
	private static final String MISSING_FROM = """
			 from member m join org_unit u on u.id = m.unit_id
			where u.path like :prefix and m.status = 'ACTIVE'
			  and not exists (select 1 from campaign_attendee ca where ca.campaign_id = :c and ca.member_id = m.id)""";

	/**
	 * One page of the follow-up list, by key (the rows after member {@code after}): a
	 * province's list ran to 66,000 px on one page.
	 */
	@Transactional(readOnly = true)
	public Listing.Slice<Missing> notYetAttended(Scope scope, long campaignId, long unitId, Listing.Sort sort,
			Long after, int page, int size) {
		MapSqlParameterSource p = missingParams(scope, campaignId, unitId);
		Long total = this.jdbc.queryForObject(
				"select count(*) from (select m.id" + MISSING_FROM + " limit " + (MISSING_COUNT_CAP + 1) + ") x", p,
				Long.class);
		long t = total == null ? 0 : total;
		List<String> keys = MISSING_SORTS.getOrDefault(sort.key(), MISSING_SORTS.get("unit"));
		String cond = "";
		if (after != null) {
			List<Object> values = Listing.cursor(this.jdbc,
					"select " + String.join(", ", keys)
							+ " from member m join org_unit u on u.id = m.unit_id where m.id = :after",
					after, keys.size());
			String k = Listing.keyset(keys, sort, values, p);
			cond = k.isEmpty() ? "" : " and " + k;
		}
		p.addValue("limit", size + 1);
		List<Missing> rows = this.jdbc.query("select m.id, m.full_name, m.position, u.id, u.name" + MISSING_FROM + cond
				+ Listing.orderBy(keys, sort) + " limit :limit", p, StudyRollup::missing);
		return Listing.Slice.of(rows, Math.min(t, MISSING_COUNT_CAP), t > MISSING_COUNT_CAP, page, size,
				Missing::memberId);
	}

	/** The whole follow-up list, cell by cell, for the export. */
	@Transactional(readOnly = true)
	public void forEachNotYetAttended(Scope scope, long campaignId, long unitId,
			java.util.function.Consumer<Missing> sink) {
		MapSqlParameterSource p = missingParams(scope, campaignId, unitId);
		this.jdbc.query("select m.id, m.full_name, m.position, u.id, u.name" + MISSING_FROM
				+ " order by u.path, m.search_name, m.id", p, (java.sql.ResultSet rs) -> {
					sink.accept(missing(rs, 0));
				});
	}

	private MapSqlParameterSource missingParams(Scope scope, long campaignId, long unitId) {
		StudyCampaign campaign = this.study.campaign(scope, campaignId);
		OrgUnit root = this.org.get(scope, unitId);
		return new MapSqlParameterSource("prefix", root.getPath() + "%").addValue("c", campaign.getId());
	}

	private static Missing missing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Missing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5));
	}

	private Node build(OrgUnit unit, Map<Long, List<OrgUnit>> childrenOf, Map<Long, Acc> acc) {
		Acc a = acc.getOrDefault(unit.getId(), new Acc());
		MemberFigures figures = new MemberFigures(a.total, a.exempt, a.away, a.attended);
		List<Node> kids = new ArrayList<>();
		for (OrgUnit child : childrenOf.getOrDefault(unit.getId(), List.of())) {
			kids.add(build(child, childrenOf, acc));
		}
		kids.sort(Comparator.comparing(n -> n.unit().getSearchName()));
		return new Node(unit, figures, new EnumMap<>(a.audiences), a.sessions, List.copyOf(kids));
	}

}
