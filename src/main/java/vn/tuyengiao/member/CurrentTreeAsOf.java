package vn.tuyengiao.member;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.tuyengiao.member.MemberStanding.PathCount;

/**
 * Members under a path on an earlier date by today's tree
 * ({@link MemberStanding#asOfByCurrentTree}), answered one of two ways that give the same
 * figures:
 * <ul>
 * <li><b>corrected</b>: today's kept counts, minus the members who changed after the date
 * as they stand now, plus the same members as they stood then. It reads the changed
 * members (found through the period tables' date indexes) and the subtree's member ids by
 * cell, so it pays for the members who changed since;</li>
 * <li><b>recount</b>: every member's cell and status periods under the path, so it pays
 * for every member.</li>
 * </ul>
 * The corrected way costs about {@link #CHANGED_MEMBER_COST} times as much per changed
 * member as the recount per member (measured on PostgreSQL, docs/benchmarks.md), so it is
 * taken when fewer than one member in that many changed since the date (counted up to
 * that limit only). Both group per cell first and name the cell's path (or the root's
 * child) afterwards.
 */
final class CurrentTreeAsOf {

	/** How many recounted members one changed member's correction costs (about). */
	static final int CHANGED_MEMBER_COST = 6;

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberCounts counts;

	CurrentTreeAsOf(NamedParameterJdbcTemplate jdbc, MemberCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** With {@code members} under the root today and {@code changed} rows since. */
	static boolean correctionIsCheaper(long changed, long members) {
		return changed * CHANGED_MEMBER_COST < members;
	}

	void answer(String rootPath, LocalDate date, boolean byChild, Consumer<PathCount> sink) {
		Map<String, long[]> kept = kept(rootPath, byChild);
		if (corrects(kept, rootPath, date)) {
			correct(kept, rootPath, date, byChild);
			emit(kept, sink);
		}
		else {
			recount(rootPath, date, byChild, sink);
		}
	}

	boolean corrects(String rootPath, LocalDate date) {
		return corrects(kept(rootPath, false), rootPath, date);
	}

	private boolean corrects(Map<String, long[]> kept, String rootPath, LocalDate date) {
		long members = kept.values().stream().mapToLong(n -> java.util.Arrays.stream(n).sum()).sum();
		long limit = members / CHANGED_MEMBER_COST + 1;
		Long changed = this.jdbc.queryForObject("""
				select count(*) from (select 1 as one from member m
				  where m.unit_id in (select id from org_unit where path like :prefix) and m.standing_since > :d
				  limit :limit) x""", parameters(rootPath, date).addValue("limit", limit), Long.class);
		return changed != null && correctionIsCheaper(changed, members);
	}

	void corrected(String rootPath, LocalDate date, boolean byChild, Consumer<PathCount> sink) {
		Map<String, long[]> kept = kept(rootPath, byChild);
		correct(kept, rootPath, date, byChild);
		emit(kept, sink);
	}

	void recount(String rootPath, LocalDate date, boolean byChild, Consumer<PathCount> sink) {
		this.jdbc.query("""
				select %s, x.status, sum(x.n) from (
				  select c.unit_id, s.status, count(*) as n from member_unit_period c
				  join member_status_period s on s.member_id = c.member_id and %s
				  where c.unit_id in (select id from org_unit where path like :prefix) and %s
				  group by c.unit_id, s.status) x
				join org_unit u on u.id = x.unit_id
				group by 1, 2""".formatted(key(byChild), MemberStanding.validOnSql("s", ":d"),
				MemberStanding.validOnSql("c", ":d")), parameters(rootPath, date), (ResultSet rs) -> {
					sink.accept(new PathCount(rs.getString(1), MemberStatus.valueOf(rs.getString(2)), rs.getLong(3)));
				});
	}

	private Map<String, long[]> kept(String rootPath, boolean byChild) {
		MemberStatus[] statuses = MemberStatus.values();
		Map<String, long[]> kept = new LinkedHashMap<>();
		this.counts.forEach(rootPath, byChild, c -> {
			long[] n = kept.computeIfAbsent(c.path(), k -> new long[statuses.length]);
			for (MemberStatus st : statuses) {
				n[st.ordinal()] += c.get(st);
			}
		});
		return kept;
	}

	/**
	 * The changed members' part of the kept counts taken out (as they stand now: their
	 * cell and status on the member row) and put back as they stood on the date. Changed
	 * members are those under the root now with a later {@code standing_since}, and those
	 * whose cell period in one of the root's cells ended after the date (moved away); a
	 * member under the root on the date who changed since is one or the other. The status
	 * on the date is looked up only for those in one of the root's cells then (a member
	 * who joined or moved in since has none there: one index probe, not two).
	 */
	private void correct(Map<String, long[]> kept, String rootPath, LocalDate date, boolean byChild) {
		MemberStatus[] statuses = MemberStatus.values();
		this.jdbc.query(
				"""
						with cells as (select id from org_unit where path like :prefix),
						now_in as (select m.id, m.unit_id, m.status from member m
						  where m.unit_id in (select id from cells) and m.standing_since > :d
						  union all select m.id, m.unit_id, m.status from member m
						  where m.unit_id in (select id from cells) and m.standing_since is null),
						then_in as (select id as member_id from now_in
						  union select c.member_id from member_unit_period c
						  where c.unit_id in (select id from cells) and c.valid_to > :d),
						then_cell as (select t.member_id, %2$s as unit_id from then_in t),
						then_at as (select t.unit_id, %3$s as status from then_cell t
						  where t.unit_id in (select id from cells))
						select %1$s, x.status, sum(x.n) from (
						  select unit_id, status, -count(*) as n from now_in group by unit_id, status
						  union all
						  select unit_id, status, count(*) as n from then_at
						  where status is not null
						  group by unit_id, status) x
						join org_unit u on u.id = x.unit_id
						group by 1, 2""".formatted(key(byChild), MemberStanding.cellOnSql("t.member_id", ":d"),
						MemberStanding.statusOnSql("t.member_id", ":d")),
				parameters(rootPath, date), (ResultSet rs) -> {
					kept.computeIfAbsent(rs.getString(1),
							k -> new long[statuses.length])[MemberStatus.valueOf(rs.getString(2)).ordinal()] += rs
								.getLong(3);
				});
	}

	private static void emit(Map<String, long[]> counts, Consumer<PathCount> sink) {
		counts.forEach((path, n) -> {
			for (MemberStatus st : MemberStatus.values()) {
				if (n[st.ordinal()] != 0) {
					sink.accept(new PathCount(path, st, n[st.ordinal()]));
				}
			}
		});
	}

	private static String key(boolean byChild) {
		return byChild ? MemberCounts.CHILD_PATH : "u.path";
	}

	private static MapSqlParameterSource parameters(String rootPath, LocalDate date) {
		return new MapSqlParameterSource("prefix", rootPath + "%").addValue("d", date)
			.addValue("start", rootPath.length() + 1)
			.addValue("len", rootPath.length());
	}

}
