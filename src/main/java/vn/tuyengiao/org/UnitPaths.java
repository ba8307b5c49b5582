package vn.tuyengiao.org;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * For modules that keep a copy of unit paths next to their counts (see
 * {@link UnitPathsChanged}).
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

}
