package vn.tuyengiao.org;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_unit_parent_period")
class OrgUnitParentPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected OrgUnitParentPeriod() {
	}

	OrgUnitParentPeriod(Long unitId, Long parentId, LocalDate validFrom) {
		this.unitId = unitId;
		this.parentId = parentId;
		this.validFrom = validFrom;
	}

	void end(LocalDate on) {
		this.validTo = on;
	}

	Long getParentId() {
		return this.parentId;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

}
