package vn.tuyengiao.member;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Keeps the status and cell periods in step with a member's current values. */
@Component
class MemberHistory {

	private final MemberStatusPeriodRepository statusPeriods;

	private final MemberUnitPeriodRepository unitPeriods;

	MemberHistory(MemberStatusPeriodRepository statusPeriods, MemberUnitPeriodRepository unitPeriods) {
		this.statusPeriods = statusPeriods;
		this.unitPeriods = unitPeriods;
	}

	void start(Member m, LocalDate statusSince, LocalDate inCellSince) {
		this.statusPeriods.save(new MemberStatusPeriod(m.getId(), m.getStatus(), statusSince, null));
		this.unitPeriods.save(new MemberUnitPeriod(m.getId(), m.getUnitId(), inCellSince));
	}

	void changeStatus(Member m, MemberStatus status, LocalDate since, String note) {
		this.statusPeriods.findFirstByMemberIdAndValidToIsNull(m.getId()).ifPresent(p -> p.end(since));
		this.statusPeriods.save(new MemberStatusPeriod(m.getId(), status, since, note));
		m.changeStatus(status, since);
	}

	void transfer(Member m, long unitId, LocalDate on) {
		this.unitPeriods.findFirstByMemberIdAndValidToIsNull(m.getId()).ifPresent(p -> p.end(on));
		this.unitPeriods.save(new MemberUnitPeriod(m.getId(), unitId, on));
		m.moveTo(unitId);
	}

}
