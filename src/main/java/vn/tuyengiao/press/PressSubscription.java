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

/** A unit's subscription to a title for a quarter, half-year or year. */
@Entity
@Table(name = "press_subscription")
public class PressSubscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private String unitPath;

	private Long titleId;

	@Enumerated(EnumType.STRING)
	private PeriodKind periodKind;

	private int periodYear;

	private int periodNo;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private FundingSource funding;

	private int copies;

	private String note;

	private String createdBy;

	@Version
	private long version;

	protected PressSubscription() {
	}

	PressSubscription(long unitId, String unitPath, PressSubscriptions.SubscriptionForm f, String createdBy) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.createdBy = createdBy;
		update(f);
	}

	void update(PressSubscriptions.SubscriptionForm f) {
		this.titleId = f.titleId();
		this.periodKind = f.periodKind();
		this.periodYear = f.year();
		this.periodNo = f.periodNo();
		this.startDate = f.periodKind().start(f.year(), f.periodNo());
		this.endDate = f.periodKind().end(f.year(), f.periodNo());
		this.funding = f.funding();
		this.copies = f.copies();
		this.note = f.note() == null || f.note().isBlank() ? null : f.note().strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getUnitPath() {
		return this.unitPath;
	}

	public Long getTitleId() {
		return this.titleId;
	}

	public PeriodKind getPeriodKind() {
		return this.periodKind;
	}

	public int getPeriodYear() {
		return this.periodYear;
	}

	public int getPeriodNo() {
		return this.periodNo;
	}

	/** Runs on any day from {@code from} to {@code to} (both inclusive). */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.startDate.isAfter(to) && !this.endDate.isBefore(from);
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public FundingSource getFunding() {
		return this.funding;
	}

	public int getCopies() {
		return this.copies;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

}
