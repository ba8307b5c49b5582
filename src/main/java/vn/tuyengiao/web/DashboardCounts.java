package vn.tuyengiao.web;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.member.MemberStanding;

/** The home page's counts for a user's part of the tree, each one grouped query. */
@Component
class DashboardCounts {

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberStanding standing;

	DashboardCounts(NamedParameterJdbcTemplate jdbc, MemberStanding standing) {
		this.jdbc = jdbc;
		this.standing = standing;
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
	vn.tuyengiao.member.MemberStanding.RollNow rollNow(String prefix) {
		return this.standing.rollNow(prefix);
	}

}
