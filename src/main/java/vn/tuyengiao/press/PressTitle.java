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
 * A newspaper or journal as published over a period. {@code validTo} is the first day it
 * is no longer published (a press merger closed it); {@code successorId} names the title
 * that continues it, so a rule naming the closed title requires the successor afterwards.
 */
@Entity
@Table(name = "press_title")
public class PressTitle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String publisher;

	@Enumerated(EnumType.STRING)
	private TitleKind kind;

	private int issuesExpected;

	@Enumerated(EnumType.STRING)
	private FrequencyUnit frequencyUnit;

	private LocalDate validFrom;

	private LocalDate validTo;

	private Long successorId;

	@Version
	private long version;

	protected PressTitle() {
	}

	PressTitle(PressCatalogue.TitleForm f) {
		update(f);
	}

	void update(PressCatalogue.TitleForm f) {
		this.name = f.name().strip();
		this.publisher = f.publisher().strip();
		this.kind = f.kind();
		this.issuesExpected = f.issuesExpected();
		this.frequencyUnit = f.frequencyUnit();
		this.validFrom = f.validFrom();
		this.validTo = f.validTo();
		this.successorId = f.successorId();
	}

	/** Published on that day. */
	public boolean publishedOn(LocalDate date) {
		return !this.validFrom.isAfter(date) && (this.validTo == null || this.validTo.isAfter(date));
	}

	/** Published every day from {@code from} to {@code to} inclusive. */
	public boolean publishedThroughout(LocalDate from, LocalDate to) {
		return !this.validFrom.isAfter(from) && (this.validTo == null || this.validTo.isAfter(to));
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public TitleKind getKind() {
		return this.kind;
	}

	public int getIssuesExpected() {
		return this.issuesExpected;
	}

	public FrequencyUnit getFrequencyUnit() {
		return this.frequencyUnit;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public Long getSuccessorId() {
		return this.successorId;
	}

	public long getVersion() {
		return this.version;
	}

}
