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

/**
 * A unit's complaint that a title arrives less often than it should (seed 000: a daily
 * paper delivered 1–2 times a week), with the letter to the post office once drafted.
 */
@Entity
@Table(name = "press_complaint")
public class DeliveryComplaint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private String unitPath;

	private Long titleId;

	private int issuesExpected;

	private int actualMin;

	private int actualMax;

	@Enumerated(EnumType.STRING)
	private FrequencyUnit frequencyUnit;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private String postOffice;

	private String note;

	@Enumerated(EnumType.STRING)
	private ComplaintStatus status;

	private Long letterDraftId;

	private LocalDate recordedOn;

	private String recordedBy;

	@Version
	private long version;

	protected DeliveryComplaint() {
	}

	DeliveryComplaint(long unitId, String unitPath, DeliveryComplaints.ComplaintForm f, FrequencyUnit unit,
			LocalDate recordedOn, String recordedBy) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.titleId = f.titleId();
		this.issuesExpected = f.issuesExpected();
		this.actualMin = f.actualMin();
		this.actualMax = f.actualMax() == null ? f.actualMin() : f.actualMax();
		this.frequencyUnit = unit;
		this.periodFrom = f.periodFrom();
		this.periodTo = f.periodTo();
		this.postOffice = f.postOffice().strip();
		this.note = f.note() == null || f.note().isBlank() ? null : f.note().strip();
		this.status = ComplaintStatus.OPEN;
		this.recordedOn = recordedOn;
		this.recordedBy = recordedBy;
	}

	void letterDrafted(long draftId) {
		this.letterDraftId = draftId;
	}

	void move(ComplaintStatus to) {
		this.status = to;
	}

	/** "1–2" or "1". */
	public String actualText() {
		return this.actualMin == this.actualMax ? Integer.toString(this.actualMin)
				: this.actualMin + "–" + this.actualMax;
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

	public int getIssuesExpected() {
		return this.issuesExpected;
	}

	public int getActualMin() {
		return this.actualMin;
	}

	public int getActualMax() {
		return this.actualMax;
	}

	public FrequencyUnit getFrequencyUnit() {
		return this.frequencyUnit;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public String getPostOffice() {
		return this.postOffice;
	}

	public String getNote() {
		return this.note;
	}

	public ComplaintStatus getStatus() {
		return this.status;
	}

	public Long getLetterDraftId() {
		return this.letterDraftId;
	}

	public LocalDate getRecordedOn() {
		return this.recordedOn;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public long getVersion() {
		return this.version;
	}

}
