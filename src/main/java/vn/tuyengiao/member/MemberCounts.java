package vn.tuyengiao.member;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.UnitPaths;
import vn.tuyengiao.org.UnitPathsChanged;

/**
 * Members per cell and current status, kept in step with every write that adds a member,
 * changes a status or moves a member ({@code unit_member_count}, one row per unit).
 * Roll-ups over a whole province or the country read these rows instead of grouping
 * millions of members; the counts are updated in the same transaction as the member, so
 * they are never stale and need no rebuild.
 */
@Component
public class MemberCounts {

	private static final MemberStatus[] STATUSES = MemberStatus.values();

	/**
	 * SQL for the path prefix of the root's child a unit lies under (the root's own path
	 * for the root), for a path column such as {@code u.path}: "/1/5/23/" under root
	 * "/1/" gives "/1/5/". Binds {@code :start} = length of the root's path + 1 and
	 * {@code :len} = its length; plain SQL that H2 and PostgreSQL both run, so roll-ups
	 * can sum per child in the database.
	 */
	public static String childPath(String pathColumn) {
		return "substring(" + pathColumn + " from 1 for :len + position('/' in substring(" + pathColumn
				+ " from :start)))";
	}

	/** {@link #childPath(String)} of {@code u.path}. */
	public static final String CHILD_PATH = childPath("u.path");

	private final NamedParameterJdbcTemplate jdbc;

	MemberCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Current members of a unit by status: index {@link MemberStatus#ordinal()}. */
	public record UnitCounts(long unitId, String path, long[] byStatus) {

		public long get(MemberStatus status) {
			return this.byStatus[status.ordinal()];
		}

	}

	/**
	 * Every unit under the prefix that has or had members, with its counts by current
	 * status.
	 */
	@Transactional(readOnly = true)
	public void forEach(String pathPrefix, java.util.function.Consumer<UnitCounts> sink) {
		forEach(pathPrefix, false, sink);
	}

	/**
	 * Counts by current status under a unit's path: a row per unit, or with
	 * {@code byChild} a row per child of the unit (summed over the child's subtree, unit
	 * id 0) plus one for the unit itself, summed in the database.
	 */
	@Transactional(readOnly = true)
	public void forEach(String rootPath, boolean byChild, java.util.function.Consumer<UnitCounts> sink) {
		StringBuilder sql = new StringBuilder(
				byChild ? "select 0, " + childPath("c.unit_path") : "select c.unit_id, c.unit_path");
		for (MemberStatus s : STATUSES) {
			sql.append(byChild ? ", sum(c." + column(s) + ")" : ", c." + column(s));
		}
		sql.append(" from unit_member_count c where c.unit_path like :prefix");
		if (byChild) {
			sql.append(" group by 2");
		}
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", rootPath + "%")
			.addValue("start", rootPath.length() + 1)
			.addValue("len", rootPath.length());
		this.jdbc.query(sql.toString(), p, (ResultSet rs) -> {
			long[] n = new long[STATUSES.length];
			for (int i = 0; i < n.length; i++) {
				n[i] = rs.getLong(3 + i);
			}
			sink.accept(new UnitCounts(rs.getLong(1), rs.getString(2), n));
		});
	}

	/**
	 * Counts by current status under a path prefix, summed per key of a grouping
	 * expression over {@code c.unit_path} (e.g. the scorecard's row key; a plain column
	 * gives a row per unit): unit id 0, the key as path.
	 */
	@Transactional(readOnly = true)
	public void sumBy(String pathPrefix, java.util.function.UnaryOperator<String> keyOfPathColumn,
			java.util.function.Consumer<UnitCounts> sink) {
		StringBuilder sql = new StringBuilder("select 0, " + keyOfPathColumn.apply("c.unit_path"));
		for (MemberStatus s : STATUSES) {
			sql.append(", sum(c." + column(s) + ")");
		}
		sql.append(" from unit_member_count c where c.unit_path like :prefix group by 2");
		this.jdbc.query(sql.toString(), new MapSqlParameterSource("prefix", pathPrefix + "%"), (ResultSet rs) -> {
			long[] n = new long[STATUSES.length];
			for (int i = 0; i < n.length; i++) {
				n[i] = rs.getLong(3 + i);
			}
			sink.accept(new UnitCounts(rs.getLong(1), rs.getString(2), n));
		});
	}

	/**
	 * Members on the roll (active, exempt, away) per unit under the prefix (all units
	 * when null).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> onRoll(String pathPrefix) {
		Map<Long, Long> counts = new HashMap<>();
		// c.active + c.exempt + c.away
		String onRoll = MemberStanding.ON_ROLL.stream()
			.map(s -> "c." + column(s))
			.collect(java.util.stream.Collectors.joining(" + "));
		String sql = pathPrefix == null
				? "select c.unit_id, " + onRoll + " from unit_member_count c where " + onRoll + " > 0"
				: "select c.unit_id, " + onRoll + " from unit_member_count c where c.unit_path like :prefix and "
						+ onRoll + " > 0";
		this.jdbc.query(sql, new MapSqlParameterSource("prefix", pathPrefix + "%"), (ResultSet rs) -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		});
		return counts;
	}

	/**
	 * Adds {@code delta} members of a status to a unit, inside the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(long unitId, MemberStatus status, long delta) {
		add(Map.of(unitId, delta(status, delta)));
	}

	/** Adds per-unit deltas (index = status ordinal), inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(Map<Long, long[]> deltas) {
		StringBuilder set = new StringBuilder();
		for (MemberStatus s : STATUSES) {
			set.append(set.isEmpty() ? "" : ", ")
				.append(column(s))
				.append(" = ")
				.append(column(s))
				.append(" + :")
				.append(column(s));
		}
		String update = "update unit_member_count set " + set + " where unit_id = :u";
		String insert = "insert into unit_member_count (unit_id, unit_path) values (:u, :path) on conflict do nothing";
		// Units in id order, so two transactions touching the same units lock them in the
		// same order.
		new java.util.TreeMap<>(deltas).forEach((unitId, d) -> {
			MapSqlParameterSource p = new MapSqlParameterSource("u", unitId);
			for (MemberStatus s : STATUSES) {
				p.addValue(column(s), d[s.ordinal()]);
			}
			if (this.jdbc.update(update, p) == 0) {
				// First member of the unit: create its row (another transaction may be
				// doing the same), then add.
				this.jdbc.update(insert,
						new MapSqlParameterSource("u", unitId).addValue("path", UnitPaths.locked(this.jdbc, unitId)));
				this.jdbc.update(update, p);
			}
		});
	}

	/**
	 * A subtree moved: the path copies on its units' rows follow, in the transaction that
	 * moved it.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitPathsChanged moved) {
		this.jdbc.update(moved.rewriteSql("unit_member_count", "unit_path"), moved.parameters());
	}

	static long[] delta(MemberStatus status, long n) {
		long[] d = new long[STATUSES.length];
		d[status.ordinal()] = n;
		return d;
	}

	private static String column(MemberStatus s) {
		return switch (s) {
			case ACTIVE -> "active";
			case EXEMPT -> "exempt";
			case AWAY -> "away";
			case TRANSFERRED_OUT -> "transferred_out";
			case DECEASED -> "deceased";
		};
	}

}
