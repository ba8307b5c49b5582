package vn.tuyengiao.opinion.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A public-opinion collaborator (cộng tác viên dư luận xã hội) of a unit, from one date
 * to another: a party member, or anyone named with their occupation or field.
 */
@Entity
@Table(name = "opinion_collaborator")
public class Collaborator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private String unitPath;

	private Long memberId;

	private String fullName;

	private String occupation;

	private String contact;

	private LocalDate validFrom;

	private LocalDate validTo;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Collaborator() {
	}

	Collaborator(long unitId, String unitPath, Long memberId, String fullName, String occupation, String contact,
			LocalDate validFrom, LocalDate validTo, Instant createdAt, String createdBy) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		change(unitId, unitPath, memberId, fullName, occupation, contact, validFrom, validTo);
	}

	void change(long unitId, String unitPath, Long memberId, String fullName, String occupation, String contact,
			LocalDate validFrom, LocalDate validTo) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.memberId = memberId;
		this.fullName = fullName;
		this.occupation = occupation;
		this.contact = contact;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/** Serving on the date: from its first day to its last, both included. */
	public boolean servesOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || !this.validTo.isBefore(date));
	}

	public Long getId() {
		return this.id;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getUnitPath() {
		return this.unitPath;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getOccupation() {
		return this.occupation;
	}

	public String getContact() {
		return this.contact;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public long getVersion() {
		return this.version;
	}

}
