package vn.tuyengiao.web;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The home page's counts for a user's part of the tree, each one grouped query. */
@Component
class DashboardCounts {

	private final NamedParameterJdbcTemplate jdbc;

	DashboardCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	HomeController.UnitCounts units(String prefix) {
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix == null ? "/%" : prefix + "%");
		return this.jdbc.queryForObject("""
				select count(*) as units,
				       sum(case when kind in ('GRASSROOTS_CELL', 'CELL') then 1 else 0 end) as cells
				from org_unit where valid_to is null and path like :prefix""", p,
				(rs, n) -> new HomeController.UnitCounts(rs.getLong(1), rs.getLong(2)));
	}

	@Transactional(readOnly = true)
	long retiredCadres(String prefix) {
		return count("m.retired_cadre = true", prefix);
	}

	@Transactional(readOnly = true)
	long probationary(String prefix) {
		return count("m.full_member_date is null", prefix);
	}

	private long count(String condition, String prefix) {
		MapSqlParameterSource p = new MapSqlParameterSource("prefix", prefix == null ? "/%" : prefix + "%");
		Long n = this.jdbc.queryForObject(
				"select count(*) from member m join org_unit u on u.id = m.unit_id "
						+ "where u.path like :prefix and m.status in ('ACTIVE', 'EXEMPT', 'AWAY') and " + condition,
				p, Long.class);
		return n == null ? 0 : n;
	}

}
