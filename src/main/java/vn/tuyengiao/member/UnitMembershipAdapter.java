package vn.tuyengiao.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.UnitMembership;

/** Answers the organisation tree's questions about members. */
@Component
class UnitMembershipAdapter implements UnitMembership {

	private final MemberStanding standing;

	private final MemberRepository members;

	private final MemberHistory history;

	private final MemberCounts counts;

	UnitMembershipAdapter(MemberStanding standing, MemberRepository members, MemberHistory history,
			MemberCounts counts) {
		this.counts = counts;
		this.standing = standing;
		this.members = members;
		this.history = history;
	}

	@Override
	public Map<Long, Long> currentMemberCounts(String pathPrefix) {
		return this.counts.onRoll(pathPrefix);
	}

	@Override
	public long currentMembersOf(long unitId) {
		return this.standing.onRollNow(unitId);
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
