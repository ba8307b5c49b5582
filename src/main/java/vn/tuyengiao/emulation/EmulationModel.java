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
 * A model (mô hình, cách làm hay) as officials register it: whose it is (a unit, or one
 * of its members), its group and movement, the registration form's fields, and where it
 * stands in its lifecycle.
 */
@Entity
@Table(name = "emulation_model")
public class EmulationModel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ownerUnitId;

	private Long ownerMemberId;

	private String title;

	private Long groupId;

	@Enumerated(EnumType.STRING)
	private Movement movement;

	@Enumerated(EnumType.STRING)
	private MassOrganisation massOrganisation;

	private String situation;

	private String goals;

	private String content;

	private String area;

	private String participants;

	private String resources;

	private String timeline;

	private String outputs;

	private boolean sustainable;

	private boolean replicable;

	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	private ModelStatus status;

	@Enumerated(EnumType.STRING)
	private RetireReason retireReason;

	private LocalDate retiredOn;

	private String retireNote;

	private Long replicatedFromId;

	private Instant contentChangedAt;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected EmulationModel() {
	}

	EmulationModel(long ownerUnitId, Long ownerMemberId, Registration r, long groupId, String createdBy, Instant now) {
		this.ownerUnitId = ownerUnitId;
		this.ownerMemberId = ownerMemberId;
		this.status = ModelStatus.REGISTERED;
		this.createdAt = now;
		this.createdBy = createdBy;
		this.replicatedFromId = r.replicatedFromId();
		apply(r, groupId, now);
	}

	void apply(Registration r, long groupId, Instant now) {
		this.title = r.title();
		this.groupId = groupId;
		this.movement = r.movement();
		this.massOrganisation = r.movement() == Movement.HO_CHI_MINH ? null : r.massOrganisation();
		this.situation = r.situation();
		this.goals = r.goals();
		this.content = r.content();
		this.area = r.area();
		this.participants = r.participants();
		this.resources = r.resources();
		this.timeline = r.timeline();
		this.outputs = r.outputs();
		this.sustainable = r.sustainable();
		this.replicable = r.replicable();
		this.startDate = r.startDate();
		this.contentChangedAt = now;
	}

	void moveTo(ModelStatus next) {
		this.status = next;
	}

	void retire(RetireReason reason, LocalDate on, String note) {
		this.status = ModelStatus.RETIRED;
		this.retireReason = reason;
		this.retiredOn = on;
		this.retireNote = note;
	}

	/** Live in a year: started by its end and not retired before it began. */
	public boolean liveIn(int year) {
		return this.startDate.getYear() <= year && (this.retiredOn == null || this.retiredOn.getYear() >= year);
	}

	/** The text the overlap check compares: title and content. */
	public String comparableText() {
		return this.title + " " + this.content;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOwnerUnitId() {
		return this.ownerUnitId;
	}

	public Long getOwnerMemberId() {
		return this.ownerMemberId;
	}

	public HolderKind getHolderKind() {
		return this.ownerMemberId == null ? HolderKind.COLLECTIVE : HolderKind.INDIVIDUAL;
	}

	public String getTitle() {
		return this.title;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public Movement getMovement() {
		return this.movement;
	}

	public MassOrganisation getMassOrganisation() {
		return this.massOrganisation;
	}

	public String getSituation() {
		return this.situation;
	}

	public String getGoals() {
		return this.goals;
	}

	public String getContent() {
		return this.content;
	}

	public String getArea() {
		return this.area;
	}

	public String getParticipants() {
		return this.participants;
	}

	public String getResources() {
		return this.resources;
	}

	public String getTimeline() {
		return this.timeline;
	}

	public String getOutputs() {
		return this.outputs;
	}

	public boolean isSustainable() {
		return this.sustainable;
	}

	public boolean isReplicable() {
		return this.replicable;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public ModelStatus getStatus() {
		return this.status;
	}

	public RetireReason getRetireReason() {
		return this.retireReason;
	}

	public LocalDate getRetiredOn() {
		return this.retiredOn;
	}

	public String getRetireNote() {
		return this.retireNote;
	}

	public Long getReplicatedFromId() {
		return this.replicatedFromId;
	}

	public Instant getContentChangedAt() {
		return this.contentChangedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

}
