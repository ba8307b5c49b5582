package vn.tuyengiao.member;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.UnitMembership;

/** Answers the organisation tree's questions about members. */
@Component
class UnitMembershipAdapter implements UnitMembership {

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberRepository members;

	private final MemberHistory history;

	UnitMembershipAdapter(NamedParameterJdbcTemplate jdbc, MemberRepository members, MemberHistory history) {
		this.jdbc = jdbc;
		this.members = members;
		this.history = history;
	}

	@Override
	public Map<Long, Long> currentMemberCounts(String pathPrefix) {
		Map<Long, Long> counts = new HashMap<>();
		MapSqlParameterSource p = new MapSqlParameterSource();
		String sql = "select m.unit_id, count(*) from member m";
		if (pathPrefix != null) {
			sql += " join org_unit u on u.id = m.unit_id where u.path like :prefix and";
			p.addValue("prefix", pathPrefix + "%");
		}
		else {
			sql += " where";
		}
		sql += " m.status in ('ACTIVE', 'EXEMPT', 'AWAY') group by m.unit_id";
		this.jdbc.query(sql, p, (ResultSet rs) -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		});
		return counts;
	}

	@Override
	public long currentMembersOf(long unitId) {
		Long n = this.jdbc.queryForObject(
				"select count(*) from member where unit_id = :u and status in ('ACTIVE', 'EXEMPT', 'AWAY')",
				new MapSqlParameterSource("u", unitId), Long.class);
		return n == null ? 0 : n;
	}

	@Override
	@Transactional
	public int moveMembers(long fromUnitId, long toUnitId, LocalDate date) {
		List<Member> moving = this.members.findOnRoll(fromUnitId, MemberStatus.ON_ROLL);
		for (Member m : moving) {
			this.history.transfer(m, toUnitId, date);
		}
		return moving.size();
	}

}
