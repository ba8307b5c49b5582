package vn.tuyengiao.member;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Keeps the status and cell periods in step with a member's current values, and the
 * member's {@code standing_since} at the latest date any of them starts or ends.
 */
@Component
class MemberHistory {

	private final MemberStatusPeriodRepository statusPeriods;

	private final MemberUnitPeriodRepository unitPeriods;

	private final MemberCounts counts;

	MemberHistory(MemberStatusPeriodRepository statusPeriods, MemberUnitPeriodRepository unitPeriods,
			MemberCounts counts) {
		this.statusPeriods = statusPeriods;
		this.unitPeriods = unitPeriods;
		this.counts = counts;
	}

	void start(Member m, LocalDate statusSince, LocalDate inCellSince) {
		this.statusPeriods.save(new MemberStatusPeriod(m.getId(), m.getStatus(), statusSince, null));
		this.unitPeriods.save(new MemberUnitPeriod(m.getId(), m.getUnitId(), inCellSince));
		this.counts.add(m.getUnitId(), m.getStatus(), 1);
		m.standingChangedOn(statusSince);
		m.standingChangedOn(inCellSince);
	}

	void changeStatus(Member m, MemberStatus status, LocalDate since, String note) {
		this.statusPeriods.findFirstByMemberIdAndValidToIsNull(m.getId()).ifPresent(p -> p.end(since));
		this.statusPeriods.save(new MemberStatusPeriod(m.getId(), status, since, note));
		if (status != m.getStatus()) {
			this.counts.add(m.getUnitId(), m.getStatus(), -1);
			this.counts.add(m.getUnitId(), status, 1);
		}
		m.changeStatus(status, since);
		m.standingChangedOn(since);
	}

	void transfer(Member m, long unitId, LocalDate on) {
		this.unitPeriods.findFirstByMemberIdAndValidToIsNull(m.getId()).ifPresent(p -> p.end(on));
		this.unitPeriods.save(new MemberUnitPeriod(m.getId(), unitId, on));
		if (unitId != m.getUnitId()) {
			this.counts.add(m.getUnitId(), m.getStatus(), -1);
			this.counts.add(unitId, m.getStatus(), 1);
		}
		m.moveTo(unitId);
		m.standingChangedOn(on);
	}

}
