package vn.tuyengiao.member;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "member_unit_period")
public class MemberUnitPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long memberId;

	private Long unitId;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected MemberUnitPeriod() {
	}

	MemberUnitPeriod(Long memberId, Long unitId, LocalDate validFrom) {
		this.memberId = memberId;
		this.unitId = unitId;
		this.validFrom = validFrom;
	}

	void end(LocalDate on) {
		this.validTo = on;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

}
