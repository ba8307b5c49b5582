package vn.tuyengiao.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A study campaign: a document to study, the plan that orders it, its period and
 * deadline, the audiences, and the unit whose whole subtree must carry it out.
 */
@Entity
@Table(name = "study_campaign")
public class StudyCampaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ownerUnitId;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentKind documentKind;

	private String basisPlan;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private LocalDate deadline;

	private String audiences;

	private boolean essayRequired;

	@Version
	private long version;

	private Instant createdAt;

	protected StudyCampaign() {
	}

	StudyCampaign(Long ownerUnitId, String title, DocumentKind kind, String basisPlan, LocalDate from, LocalDate to,
			LocalDate deadline, Set<Audience> audiences, boolean essayRequired, Instant createdAt) {
		this.ownerUnitId = ownerUnitId;
		this.title = title;
		this.documentKind = kind;
		this.basisPlan = basisPlan;
		this.periodFrom = from;
		this.periodTo = to;
		this.deadline = deadline;
		this.audiences = Audience.join(audiences);
		this.essayRequired = essayRequired;
		this.createdAt = createdAt;
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.periodFrom) && !date.isAfter(this.periodTo);
	}

	public Long getId() {
		return this.id;
	}

	public Long getOwnerUnitId() {
		return this.ownerUnitId;
	}

	public String getTitle() {
		return this.title;
	}

	public DocumentKind getDocumentKind() {
		return this.documentKind;
	}

	public String getBasisPlan() {
		return this.basisPlan;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public Set<Audience> getAudiences() {
		return Audience.split(this.audiences);
	}

	public boolean isEssayRequired() {
		return this.essayRequired;
	}

	public long getVersion() {
		return this.version;
	}

}
