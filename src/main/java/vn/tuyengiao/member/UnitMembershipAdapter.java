package vn.tuyengiao.member;

import java.time.LocalDate;
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

	private final MemberCounts counts;

	UnitMembershipAdapter(NamedParameterJdbcTemplate jdbc, MemberRepository members, MemberHistory history,
			MemberCounts counts) {
		this.counts = counts;
		this.jdbc = jdbc;
		this.members = members;
		this.history = history;
	}

	@Override
	public Map<Long, Long> currentMemberCounts(String pathPrefix) {
		return this.counts.onRoll(pathPrefix);
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
