package vn.tuyengiao.scorecard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The rows of a scorecard as an indicator's query sees them: which records to read
 * ({@link #like()}, a path prefix) and which row each belongs to.
 * <p>
 * On today's tree the database sums per row: {@link #keySql(String)} is the path of the
 * root's child a unit lies under ("/1/5/23/" under "/1/" gives "/1/5/"), so a national
 * query sends back one line per row. On a tree of an earlier date (before the 2025
 * mergers) rows are the units of that date and records are folded in Java by the unit
 * history: the key is the unit's own path and {@link #rowOf(String)} maps its last id to
 * the row it lay under then.
 */
public final class UnitGroups {

	private final String rootPath;

	private final String searchPath;

	private final Map<String, Long> rowByChildPath;

	private final Map<Long, Long> rowByUnit;

	private UnitGroups(String rootPath, String searchPath, Map<String, Long> rowByChildPath,
			Map<Long, Long> rowByUnit) {
		this.rootPath = rootPath;
		this.searchPath = searchPath;
		this.rowByChildPath = rowByChildPath;
		this.rowByUnit = rowByUnit;
	}

	/** Rows on today's tree: the children's paths, by child id. */
	public static UnitGroups current(String rootPath, Map<Long, String> childPaths) {
		Map<String, Long> byPath = new HashMap<>();
		childPaths.forEach((id, path) -> byPath.put(path, id));
		return new UnitGroups(rootPath, rootPath, byPath, null);
	}

	/**
	 * Rows on the tree of an earlier date: every unit of that date's subtree mapped to
	 * the row it lay under; records are read under {@code searchPath} (today's path of
	 * the topmost unit above the root, so that cells moved since are still found).
	 */
	public static UnitGroups onDate(String rootPath, String searchPath, Map<Long, Long> rowByUnit) {
		return new UnitGroups(rootPath, searchPath, null, Map.copyOf(rowByUnit));
	}

	/** A LIKE pattern for the path columns of the records to read. */
	public String like() {
		return this.searchPath + "%";
	}

	/** The path records are read under ({@link #like()} without the wildcard). */
	public String searchPath() {
		return this.searchPath;
	}

	/** The unit whose subtree holds the records: the last id of {@link #searchPath()}. */
	public long searchRootId() {
		int end = this.searchPath.length() - 1;
		return Long.parseLong(this.searchPath, this.searchPath.lastIndexOf('/', end - 1) + 1, end, 10);
	}

	/**
	 * The narrower of {@link #searchPath()} and another subtree's path (a campaign
	 * owner's), or null when they do not overlap.
	 */
	public String within(String path) {
		if (path.startsWith(this.searchPath)) {
			return path;
		}
		return this.searchPath.startsWith(path) ? this.searchPath : null;
	}

	/** Whether rows are drawn on the tree of an earlier date. */
	public boolean historical() {
		return this.rowByUnit != null;
	}

	/** The row ids. */
	public Set<Long> rows() {
		return historical() ? Set.copyOf(this.rowByUnit.values()) : Set.copyOf(this.rowByChildPath.values());
	}

	/**
	 * SQL of the grouping key for a path column ({@code u.path}, {@code t.unit_path}):
	 * plain SQL that H2 and PostgreSQL both run, no parameters.
	 */
	public String keySql(String pathColumn) {
		if (historical()) {
			return pathColumn;
		}
		int len = this.rootPath.length();
		return "substring(" + pathColumn + " from 1 for " + len + " + position('/' in substring(" + pathColumn
				+ " from " + (len + 1) + ")))";
	}

	/**
	 * The row a key of {@link #keySql(String)} (or any unit path) belongs to, null when
	 * none (the root itself, a unit outside the rows).
	 */
	public Long rowOf(String path) {
		if (path == null) {
			return null;
		}
		if (historical()) {
			int end = path.length() - 1;
			int start = path.lastIndexOf('/', end - 1) + 1;
			if (start <= 0 || end <= start) {
				return null;
			}
			return this.rowByUnit.get(Long.parseLong(path, start, end, 10));
		}
		if (!path.startsWith(this.rootPath) || path.length() <= this.rootPath.length()) {
			return null;
		}
		int slash = path.indexOf('/', this.rootPath.length());
		return slash < 0 ? null : this.rowByChildPath.get(path.substring(0, slash + 1));
	}

	/** Adds a value to the row of a path (nothing when it belongs to none). */
	public void add(Map<Long, Indicator.Value> into, String path, Indicator.Value value) {
		Long row = rowOf(path);
		if (row != null) {
			into.merge(row, value, Indicator.Value::plus);
		}
	}

	/**
	 * Reads rows of (key, numerator, denominator[, flagged]) into per-row sums.
	 */
	public RowCallbackHandler summing(Map<Long, Indicator.Value> into) {
		return (ResultSet rs) -> add(into, rs.getString(1),
				new Indicator.Value(rs.getLong(2), rs.getLong(3), flagged(rs)));
	}

	private static long flagged(ResultSet rs) throws SQLException {
		return rs.getMetaData().getColumnCount() >= 4 ? rs.getLong(4) : 0;
	}

}
