package vn.tuyengiao.register.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Nhiệm kỳ: a committee's term; document numbers restart with each. */
@Entity
@Table(name = "committee_term")
public class CommitteeTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private String name;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Version
	private long version;

	protected CommitteeTerm() {
	}

	public CommitteeTerm(Long unitId, String name, LocalDate validFrom, LocalDate validTo) {
		this.unitId = unitId;
		this.name = name;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	public void update(String name, LocalDate validFrom, LocalDate validTo) {
		this.name = name;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/** True when the two terms share a day. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return (this.validTo == null || !this.validTo.isBefore(from)) && (to == null || !to.isBefore(this.validFrom));
	}

	public long getVersion() {
		return this.version;
	}

	public boolean covers(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || !this.validTo.isBefore(date));
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

}
