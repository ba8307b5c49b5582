package vn.tuyengiao.press;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.org.OrgUnitKind;

/**
 * "Units of this kind (under a parent of that kind) take this title", set by a committee
 * for the units under it over a period: one line of a province's letter on required party
 * press.
 */
@Entity
@Table(name = "press_rule")
public class PressRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ownerUnitId;

	private String ownerPath;

	@Enumerated(EnumType.STRING)
	private OrgUnitKind unitKind;

	@Enumerated(EnumType.STRING)
	private OrgUnitKind parentKind;

	private Long titleId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String note;

	@Version
	private long version;

	protected PressRule() {
	}

	PressRule(long ownerUnitId, String ownerPath, OrgUnitKind unitKind, OrgUnitKind parentKind,
			PressCatalogue.RuleForm f) {
		this.ownerUnitId = ownerUnitId;
		this.ownerPath = ownerPath;
		update(unitKind, parentKind, f);
	}

	void update(OrgUnitKind unitKind, OrgUnitKind parentKind, PressCatalogue.RuleForm f) {
		this.unitKind = unitKind;
		this.parentKind = parentKind;
		this.titleId = f.titleId();
		this.validFrom = f.validFrom();
		this.validTo = f.validTo();
		this.note = f.note() == null || f.note().isBlank() ? null : f.note().strip();
	}

	public boolean inForceOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	/** Applies to a unit of this kind whose parent is of that kind (null: any). */
	public boolean appliesTo(OrgUnitKind kind, OrgUnitKind parent) {
		return this.unitKind == kind && (this.parentKind == null || this.parentKind == parent);
	}

	public Long getId() {
		return this.id;
	}

	public Long getOwnerUnitId() {
		return this.ownerUnitId;
	}

	public String getOwnerPath() {
		return this.ownerPath;
	}

	public OrgUnitKind getUnitKind() {
		return this.unitKind;
	}

	public OrgUnitKind getParentKind() {
		return this.parentKind;
	}

	public Long getTitleId() {
		return this.titleId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public String getNote() {
		return this.note;
	}

	public long getVersion() {
		return this.version;
	}

}
