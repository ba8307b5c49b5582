package vn.tuyengiao.org;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Unit paths ("/1/2/37/": the ids from the top of the tree down to the unit) for modules
 * that keep a copy of them next to their counts (see {@link UnitPathsChanged}) or read
 * them without loading the units on them.
 */
public final class UnitPaths {

	private UnitPaths() {
	}

	/**
	 * The unit's path for a new kept row, read with the unit's row locked until the
	 * transaction ends: a move of the subtree running at the same time either finishes
	 * first (and this reads the new path) or waits for this transaction (and then
	 * rewrites the new row with the others). Without the lock the new row could keep the
	 * old path for good.
	 */
	public static String locked(NamedParameterJdbcTemplate jdbc, long unitId) {
		return jdbc.queryForObject("select path from org_unit where id = :u for update",
				new MapSqlParameterSource("u", unitId), String.class);
	}

	/**
	 * The id of the child of the unit at {@code rootPath} whose subtree holds
	 * {@code path}; null for the root itself and for a path outside its subtree. A
	 * roll-up adds each row to its child this way in one pass instead of testing every
	 * child.
	 */
	public static Long childOf(String path, String rootPath) {
		if (path.length() <= rootPath.length() || !path.startsWith(rootPath)) {
			return null;
		}
		int end = path.indexOf('/', rootPath.length());
		return end < 0 ? null : Long.parseLong(path, rootPath.length(), end, 10);
	}

}
