package vn.tuyengiao.member;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of a member's standing: who is on the roll (active, exempt, away), a
 * status or cell period valid on a date, and the members under a unit on a date. Other
 * modules ask here instead of writing these predicates themselves.
 * <p>
 * Two kinds of answer:
 * <ul>
 * <li>SQL fragments for speed-critical statements that must join members with their own
 * tables in one query ({@link #onRollSql(String)}, {@link #onRollStatusSql(String)},
 * {@link #validOnSql(String, String)}, {@link #statusOnSql(String, String)},
 * {@link #cellOnSql(String, String)}). They are generated from {@link MemberStatus} and
 * the period tables' columns, contain no user input, and work on H2 and PostgreSQL.</li>
 * <li>Java methods that answer "members on the roll under unit U on date D".</li>
 * </ul>
 * <p>
 * <b>Members under a unit on a date</b> has three rules in the application, named here so
 * that each report says which one it follows (README.md, "Counting members as of a
 * date"):
 * <ol>
 * <li>{@link #asOfByUnitHistory(long, LocalDate) by unit history} — the rule for "as of a
 * date": the units that were under U on D (parent periods, so a cell moved by a 2025
 * merger counts for its old commune before the merger), the members who were in those
 * cells on D, and their status on D. Member counts of the organisation tree and member
 * pages.</li>
 * <li>{@link #asOfByCurrentTree(String, LocalDate, boolean, Consumer) by today's tree} —
 * the units under U's path today, the members who were in those cells on D, their status
 * on D. The study roll-up for an earlier date: its attendance tallies are kept per
 * today's unit paths ({@code campaign_tally.unit_path}), and members must be counted on
 * the same tree so that attended ÷ members compares like with like.</li>
 * <li>by current cell — the members whose cell today is under U's path today, with their
 * status on D ({@link #statusOnSql(String, String)}). Commitment completeness on the
 * campaign's reference date: it lists who must hand in a commitment now, where their cell
 * secretary is today.</li>
 * </ol>
 */
@Component
public class MemberStanding {

	/** Statuses of members still on their cell's roll: counted as members of the unit. */
	public static final Set<MemberStatus> ON_ROLL = MemberStatus.ON_ROLL;

	/**
	 * {@link #ON_ROLL} as an SQL list, in declaration order:
	 * {@code ('ACTIVE', 'EXEMPT', 'AWAY')}.
	 */
	public static final String ON_ROLL_LIST = ON_ROLL.stream()
		.map(s -> "'" + s.name() + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	private final NamedParameterJdbcTemplate jdbc;

	private final CurrentTreeAsOf asOf;

	MemberStanding(NamedParameterJdbcTemplate jdbc, MemberCounts counts) {
		this.jdbc = jdbc;
		this.asOf = new CurrentTreeAsOf(jdbc, counts);
	}

	// ---- SQL fragments

	/**
	 * The member row aliased {@code member} is on the roll now (its current status):
	 * {@code onRollSql("m")} is {@code m.status in ('ACTIVE', 'EXEMPT', 'AWAY')}.
	 */
	public static String onRollSql(String member) {
		return onRollStatusSql(member + ".status");
	}

	/**
	 * A status expression (a column, or {@link #statusOnSql(String, String)}) is on the
	 * roll: {@code onRollStatusSql("x.status_then")} is
	 * {@code x.status_then in ('ACTIVE', 'EXEMPT', 'AWAY')}; null (no status on that
	 * date) is not.
	 */
	public static String onRollStatusSql(String status) {
		return status + " in " + ON_ROLL_LIST;
	}

	/**
	 * A period row ({@code member_status_period}, {@code member_unit_period},
	 * {@code org_unit_parent_period}: {@code valid_from} inclusive, {@code valid_to}
	 * exclusive or null while open) aliased {@code period} is valid on {@code date} (a
	 * parameter or column): {@code validOnSql("p", ":d")} is
	 * {@code p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)}.
	 */
	public static String validOnSql(String period, String date) {
		return period + ".valid_from <= " + date + " and (" + period + ".valid_to is null or " + period + ".valid_to > "
				+ date + ")";
	}

	/**
	 * The status on {@code date} of the member row aliased {@code member}, as
	 * {@link #statusOnSql} answers it, but read from the row itself when nothing changed
	 * in the member's cell or status after the date ({@code standing_since}, kept with
	 * the periods): the history is looked up only for members who changed since, so a
	 * list or count over a province does not run a subquery per member.
	 */
	public static String memberStatusOnSql(String member, String date) {
		return "case when " + member + ".standing_since <= " + date + " then " + member + ".status else "
				+ statusOnSql(member + ".id", date) + " end";
	}

	/**
	 * A scalar subquery: the member's status on {@code date} from the status history,
	 * null if the member had none then (not yet joined). {@code memberId} is the outer
	 * query's member id column, e.g. {@code m.id}.
	 */
	public static String statusOnSql(String memberId, String date) {
		return "(select s.status from member_status_period s where s.member_id = " + memberId + " and "
				+ validOnSql("s", date) + " order by s.valid_from desc limit 1)";
	}

	/**
	 * A scalar subquery: the cell the member was in on {@code date} from the cell
	 * history, null if none. {@code memberId} is the outer query's member id column.
	 */
	public static String cellOnSql(String memberId, String date) {
		return "(select c.unit_id from member_unit_period c where c.member_id = " + memberId + " and "
				+ validOnSql("c", date) + " order by c.valid_from desc limit 1)";
	}

	/**
	 * A scalar subquery: the start of the member's first status period after
	 * {@code date}, null if none (when a member not on the roll on that date came onto
	 * it). {@code memberId} is the outer query's member id column.
	 */
	public static String nextStatusFromSql(String memberId, String date) {
		return "(select min(n.valid_from) from member_status_period n where n.member_id = " + memberId
				+ " and n.valid_from > " + date + ")";
	}

	// ---- members under a unit

	/**
	 * Members on the roll of one unit now (its own members, not its subtree's), from
	 * their current cell and status.
	 */
	@Transactional(readOnly = true)
	public long onRollNow(long unitId) {
		Long n = this.jdbc.queryForObject(
				"select count(*) from member where unit_id = :u and " + onRollStatusSql("status"),
				new MapSqlParameterSource("u", unitId), Long.class);
		return n == null ? 0 : n;
	}

	/**
	 * Members under a unit on a date by status, <b>by unit history</b> (the rule for "as
	 * of a date"): the units that were under it on that date (parent periods, so a cell
	 * moved by a 2025 merger still counts for its old commune before the merger), the
	 * members who were in those cells on that date, and their standing on that date.
	 * Every status has an entry; those of {@link #ON_ROLL} are the unit's members then.
	 */
	@Transactional(readOnly = true)
	public Map<MemberStatus, Long> asOfByUnitHistory(long unitId, LocalDate date) {
		String sql = UNIT_HISTORY.formatted("s.status, count(*)", "") + "\ngroup by s.status";
		Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
		for (MemberStatus s : MemberStatus.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.query(sql, unitHistoryParameters(unitId, date), (ResultSet rs) -> {
			counts.put(MemberStatus.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	/**
	 * The ids of the members on the roll under a unit on a date, by unit history
	 * ({@link #asOfByUnitHistory(long, LocalDate)}), in id order.
	 */
	@Transactional(readOnly = true)
	public List<Long> onRollIdsAsOfByUnitHistory(long unitId, LocalDate date) {
		String sql = UNIT_HISTORY.formatted("c.member_id", "\n  and " + onRollStatusSql("s.status"))
				+ "\norder by c.member_id";
		return this.jdbc.queryForList(sql, unitHistoryParameters(unitId, date), Long.class);
	}

	/**
	 * Members in the units under {@code :root} on {@code :d} by the parent periods, with
	 * their cell and status periods of that date: columns, then extra conditions.
	 */
	private static final String UNIT_HISTORY = """
			with recursive tree(id) as (
			    select cast(:root as bigint)
			    union all
			    select p.unit_id from org_unit_parent_period p join tree t on p.parent_id = t.id
			    where %s
			)
			select %%s from member_unit_period c
			join tree t on t.id = c.unit_id
			join member_status_period s on s.member_id = c.member_id
			where %s
			  and %s%%s""".formatted(validOnSql("p", ":d"), validOnSql("c", ":d"), validOnSql("s", ":d"));

	private static MapSqlParameterSource unitHistoryParameters(long unitId, LocalDate date) {
		return new MapSqlParameterSource("d", date).addValue("root", unitId);
	}

	/**
	 * Members on the roll under a unit on a date, by unit history
	 * ({@link #asOfByUnitHistory(long, LocalDate)}).
	 */
	@Transactional(readOnly = true)
	public long onRollAsOfByUnitHistory(long unitId, LocalDate date) {
		Map<MemberStatus, Long> counts = asOfByUnitHistory(unitId, date);
		return ON_ROLL.stream().mapToLong(counts::get).sum();
	}

	/**
	 * Members of a status in a unit's subtree: the unit's path (or a child's), the
	 * status, how many.
	 */
	public record PathCount(String path, MemberStatus status, long count) {
	}

	/**
	 * Members under a unit's path on a date by status, <b>by today's tree</b>: the units
	 * whose path lies under {@code rootPath} today, the members who were in those cells
	 * on {@code date} (cell periods), and their status on that date (status periods). A
	 * row per unit and status, or with {@code byChild} per child of the root (summed over
	 * the child's subtree, the path being the child's; {@link MemberCounts#childPath})
	 * and status. The study roll-up's rule, not the one for "as of" (README.md, "Counting
	 * members as of a date").
	 * <p>
	 * Two ways give the same answer, and the cheaper one is taken
	 * ({@link CurrentTreeAsOf#correctionIsCheaper}): today's kept counts corrected by the
	 * members whose standing changed after the date ({@link #correctedByCurrentTree}),
	 * when few did compared with the members under the root; else the recount from the
	 * periods ({@link #recountByCurrentTree}).
	 */
	@Transactional(readOnly = true)
	public void asOfByCurrentTree(String rootPath, LocalDate date, boolean byChild, Consumer<PathCount> sink) {
		this.asOf.answer(rootPath, date, byChild, sink);
	}

	/**
	 * {@link #asOfByCurrentTree} as today's kept counts ({@link MemberCounts}) corrected
	 * by the members whose standing changed after the date: a member with no cell or
	 * status period starting or ending after it stood then where the kept counts have
	 * them now.
	 */
	@Transactional(readOnly = true)
	public void correctedByCurrentTree(String rootPath, LocalDate date, boolean byChild, Consumer<PathCount> sink) {
		this.asOf.corrected(rootPath, date, byChild, sink);
	}

	/**
	 * Whether {@link #asOfByCurrentTree} corrects the kept counts (true) or recounts
	 * (false) for this root and date.
	 */
	@Transactional(readOnly = true)
	public boolean correctsByCurrentTree(String rootPath, LocalDate date) {
		return this.asOf.corrects(rootPath, date);
	}

	/**
	 * {@link #asOfByCurrentTree} recounted from the cell and status periods of every
	 * member under the root: the definition the corrected answer must equal (tests and
	 * benchmarks compare the two), at the cost of reading the whole subtree's members.
	 */
	@Transactional(readOnly = true)
	public void recountByCurrentTree(String rootPath, LocalDate date, boolean byChild, Consumer<PathCount> sink) {
		this.asOf.recount(rootPath, date, byChild, sink);
	}

	/**
	 * Of the members on the roll now under a path prefix (null: everywhere): the retired
	 * cadres, and the probationary members (no full-membership date).
	 */
	public record RollNow(long retiredCadres, long probationary) {
	}

	/**
	 * {@link RollNow}: two counts, each reading only the members it counts (on PostgreSQL
	 * through a partial index over them, V38), not the whole subtree's members.
	 */
	@Transactional(readOnly = true)
	public RollNow rollNow(String pathPrefix) {
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", pathPrefix == null ? "/%" : pathPrefix + "%");
		String count = "(select count(*) from member m where %s and m.unit_id in "
				+ "(select id from org_unit where path like :prefix) and " + onRollSql("m") + ")";
		return this.jdbc.queryForObject(
				"select " + count.formatted("m.retired_cadre = true") + ", "
						+ count.formatted("m.full_member_date is null"),
				p, (rs, i) -> new RollNow(rs.getLong(1), rs.getLong(2)));
	}

}
