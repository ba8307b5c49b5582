package vn.tuyengiao.scorecard.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.UnitPathsChanged;
import vn.tuyengiao.scorecard.Indicator;

/**
 * The thresholds set per scope ({@code scorecard_threshold}): those of the unit or of the
 * nearest unit above it win over the defaults in code.
 */
@Component
public class ThresholdStore {

	/**
	 * A setting in force for a unit: where it was set (null: the default) and its
	 * version.
	 */
	public record Setting(Indicator.Thresholds thresholds, Long setAtUnitId, long version) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ThresholdStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Settings in force at a unit by indicator key (indicators without one are absent).
	 */
	@Transactional(readOnly = true)
	public Map<String, Setting> inForce(String unitPath) {
		Map<String, Setting> found = new HashMap<>();
		Map<String, Integer> depth = new HashMap<>();
		this.jdbc.query("""
				select indicator_key, green, amber, unit_id, unit_path, version from scorecard_threshold
				where :path like concat(unit_path, '%')""", new MapSqlParameterSource("path", unitPath),
				(java.sql.ResultSet rs) -> {
					String key = rs.getString(1);
					int d = rs.getString(5).length();
					if (d > depth.getOrDefault(key, -1)) {
						depth.put(key, d);
						found.put(key, new Setting(new Indicator.Thresholds(rs.getBigDecimal(2), rs.getBigDecimal(3)),
								rs.getLong(4), rs.getLong(6)));
					}
				});
		return found;
	}

	/** The version of the unit's own setting, -1 when it has none. */
	long ownVersion(long unitId, String key) {
		return this.jdbc
			.query("select version from scorecard_threshold where unit_id = :u and indicator_key = :k",
					new MapSqlParameterSource("u", unitId).addValue("k", key), (rs, n) -> rs.getLong(1))
			.stream()
			.findFirst()
			.orElse(-1L);
	}

	/**
	 * Sets the unit's own thresholds: {@code version} is the one the form showed (-1 for
	 * none); false when someone changed it in between.
	 */
	@Transactional
	public boolean save(long unitId, String unitPath, String key, BigDecimal green, BigDecimal amber, long version,
			String user) {
		MapSqlParameterSource p = new MapSqlParameterSource("u", unitId).addValue("path", unitPath)
			.addValue("k", key)
			.addValue("g", green)
			.addValue("a", amber)
			.addValue("v", version)
			.addValue("by", user)
			.addValue("at", LocalDateTime.now(this.clock));
		if (version < 0) {
			try {
				this.jdbc.update("""
						insert into scorecard_threshold (unit_id, unit_path, indicator_key, green, amber, updated_by,
						  updated_at, version) values (:u, :path, :k, :g, :a, :by, :at, 0)""", p);
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		return this.jdbc.update("""
				update scorecard_threshold set green = :g, amber = :a, updated_by = :by, updated_at = :at,
				  version = version + 1 where unit_id = :u and indicator_key = :k and version = :v""", p) == 1;
	}

	/** Removes the unit's own setting (back to the one above or the default). */
	@Transactional
	public boolean reset(long unitId, String key, long version) {
		return this.jdbc.update(
				"delete from scorecard_threshold where unit_id = :u and indicator_key = :k and version = :v",
				new MapSqlParameterSource("u", unitId).addValue("k", key).addValue("v", version)) == 1;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitPathsChanged moved) {
		this.jdbc.update(moved.rewriteSql("scorecard_threshold", "unit_path"), moved.parameters());
	}

}
