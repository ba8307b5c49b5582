package vn.tuyengiao.emulation;

import java.time.Instant;
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
 * An award decision (quyết định khen thưởng) of a unit, or — when {@code proposal} — a
 * unit's proposal to the level above (đề nghị cấp trên khen thưởng), which stays PROPOSED
 * until that level grants or refuses it. Recipients are separate rows
 * ({@link AwardService.Recipient}).
 */
@Entity
@Table(name = "award")
public class Award {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long issuerUnitId;

	private boolean proposal;

	@jakarta.persistence.Column(name = "award_level")
	@Enumerated(EnumType.STRING)
	private AwardLevel level;

	@Enumerated(EnumType.STRING)
	private AwardForm form;

	private String decisionNumber;

	private LocalDate decisionDate;

	private String reason;

	private Long modelId;

	private Long exemplarId;

	@Enumerated(EnumType.STRING)
	private AwardStatus status;

	private LocalDate decidedOn;

	private String grantedDecisionNumber;

	private Instant createdAt;

	@Version
	private long version;

	protected Award() {
	}

	Award(long issuerUnitId, boolean proposal, AwardLevel level, AwardForm form, String decisionNumber,
			LocalDate decisionDate, String reason, Long modelId, Long exemplarId, Instant createdAt) {
		this.issuerUnitId = issuerUnitId;
		this.proposal = proposal;
		this.level = level;
		this.form = form;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.reason = reason;
		this.modelId = modelId;
		this.exemplarId = exemplarId;
		this.status = proposal ? AwardStatus.PROPOSED : AwardStatus.GRANTED;
		this.createdAt = createdAt;
	}

	void decide(boolean granted, LocalDate on, String grantedNumber) {
		this.status = granted ? AwardStatus.GRANTED : AwardStatus.REFUSED;
		this.decidedOn = on;
		this.grantedDecisionNumber = grantedNumber;
	}

	public Long getId() {
		return this.id;
	}

	/** The deciding unit, or for a proposal the proposing one. */
	public Long getIssuerUnitId() {
		return this.issuerUnitId;
	}

	public boolean isProposal() {
		return this.proposal;
	}

	/** The issuing level, or for a proposal the level asked. */
	public AwardLevel getLevel() {
		return this.level;
	}

	public AwardForm getForm() {
		return this.form;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	/** The decision's date, or the proposal's. */
	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public String getReason() {
		return this.reason;
	}

	public Long getModelId() {
		return this.modelId;
	}

	public Long getExemplarId() {
		return this.exemplarId;
	}

	public AwardStatus getStatus() {
		return this.status;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public String getGrantedDecisionNumber() {
		return this.grantedDecisionNumber;
	}

	public long getVersion() {
		return this.version;
	}

}
