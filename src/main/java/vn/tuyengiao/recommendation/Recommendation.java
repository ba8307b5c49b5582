package vn.tuyengiao.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A recommendation (kiến nghị) of a unit, addressed to a party unit that answers it (or
 * relays it to {@link #getExternalBody() a body outside the party}, such as the post
 * office or the People's Committee), and its answer. Seed 000: "Chi bộ Trường Tiểu học
 * Bình Minh với kiến nghị: Ban Tuyên giáo Huyện ủy làm việc với Bưu điện nên phát báo cho
 * trường hàng ngày".
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long raisedUnitId;

	@Enumerated(EnumType.STRING)
	private SourceKind sourceKind;

	private Long sourceRef;

	private String sourceLabel;

	private LocalDate raisedOn;

	@Enumerated(EnumType.STRING)
	private RecommendationField field;

	private String subject;

	private String body;

	private long addresseeUnitId;

	private String externalBody;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus status;

	private String answer;

	private LocalDate answeredOn;

	private String answeredBy;

	private boolean answerSeen;

	private String forwardedTo;

	private Long forwardedFromId;

	private Long groupId;

	private String replyReference;

	private LocalDate replyIssuedOn;

	@Column(updatable = false)
	private String createdBy;

	@Column(updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Recommendation() {
	}

	Recommendation(long raisedUnitId, SourceKind sourceKind, Long sourceRef, String sourceLabel, LocalDate raisedOn,
			RecommendationField field, String subject, String body, long addresseeUnitId, String externalBody,
			LocalDate dueOn, Long forwardedFromId, String createdBy, Instant createdAt) {
		this.raisedUnitId = raisedUnitId;
		this.sourceKind = sourceKind;
		this.sourceRef = sourceRef;
		this.sourceLabel = sourceLabel;
		this.raisedOn = raisedOn;
		this.field = field;
		this.subject = subject;
		this.body = body;
		this.addresseeUnitId = addresseeUnitId;
		this.externalBody = externalBody;
		this.dueOn = dueOn;
		this.forwardedFromId = forwardedFromId;
		this.status = RecommendationStatus.RECEIVED;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void respond(RecommendationStatus to, String answer, LocalDate on, String by, String forwardedTo) {
		this.status = to;
		if (to.isAnswered()) {
			this.answer = answer;
			this.answeredOn = on;
			this.answeredBy = by;
			this.answerSeen = false;
			this.forwardedTo = forwardedTo;
		}
	}

	void markSeen() {
		this.answerSeen = true;
	}

	void joinGroup(Long groupId) {
		this.groupId = groupId;
	}

	void recordReply(String reference, LocalDate issuedOn) {
		this.replyReference = reference;
		this.replyIssuedOn = issuedOn;
	}

	/** Still open after its due date. */
	public boolean isOverdue(LocalDate today) {
		return this.status.isOpen() && this.dueOn.isBefore(today);
	}

	/** Answered after its due date. */
	public boolean isAnsweredLate() {
		return this.answeredOn != null && this.answeredOn.isAfter(this.dueOn);
	}

	public Long getId() {
		return this.id;
	}

	public long getRaisedUnitId() {
		return this.raisedUnitId;
	}

	public SourceKind getSourceKind() {
		return this.sourceKind;
	}

	public Long getSourceRef() {
		return this.sourceRef;
	}

	public String getSourceLabel() {
		return this.sourceLabel;
	}

	public LocalDate getRaisedOn() {
		return this.raisedOn;
	}

	public RecommendationField getField() {
		return this.field;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public long getAddresseeUnitId() {
		return this.addresseeUnitId;
	}

	/**
	 * A body outside the party the addressee relays to (Bưu điện, UBND huyện), or null.
	 */
	public String getExternalBody() {
		return this.externalBody;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public RecommendationStatus getStatus() {
		return this.status;
	}

	public String getAnswer() {
		return this.answer;
	}

	public LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

	public String getAnsweredBy() {
		return this.answeredBy;
	}

	public boolean isAnswerSeen() {
		return this.answerSeen;
	}

	public String getForwardedTo() {
		return this.forwardedTo;
	}

	public Long getForwardedFromId() {
		return this.forwardedFromId;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public String getReplyReference() {
		return this.replyReference;
	}

	public LocalDate getReplyIssuedOn() {
		return this.replyIssuedOn;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

}
