package vn.tuyengiao.org.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_unit_parent_period")
public class OrgUnitParentPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected OrgUnitParentPeriod() {
	}

	public OrgUnitParentPeriod(Long unitId, Long parentId, LocalDate validFrom) {
		this.unitId = unitId;
		this.parentId = parentId;
		this.validFrom = validFrom;
	}

	public void end(LocalDate on) {
		this.validTo = on;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

}
