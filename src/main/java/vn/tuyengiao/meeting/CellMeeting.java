package vn.tuyengiao.meeting;

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
 * One meeting of a cell (sinh hoạt chi bộ): its kind and date, who chaired it and kept
 * the minutes, what was said and resolved, the story about Uncle Ho and the lesson drawn
 * from it. Attendance and self-reviews are rows of their own; the counts of attendance
 * are kept here for the roll-ups.
 */
@Entity
@Table(name = "cell_meeting")
public class CellMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private String topic;

	private Long chairId;

	private Long secretaryId;

	private String followUp;

	private String content;

	private String discussion;

	private String resolution;

	private String storyTitle;

	private String lesson;

	private boolean documentsSent;

	private boolean minutesSigned;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status;

	private int expectedCount;

	private int presentCount;

	@Enumerated(EnumType.STRING)
	private MeetingGrade grade;

	private String gradeNote;

	private String gradedBy;

	private Instant gradedAt;

	private String source;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected CellMeeting() {
	}

	CellMeeting(long unitId, String source, String createdBy, Instant now) {
		this.unitId = unitId;
		this.source = source;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.status = MeetingStatus.DRAFT;
	}

	/** Takes the fields of the form (already checked by the service). */
	void fill(MeetingInput in, Instant now) {
		this.heldOn = in.heldOn();
		this.kind = in.kind();
		this.topic = blankToNull(in.topic());
		this.chairId = in.chairId();
		this.secretaryId = in.secretaryId();
		this.followUp = blankToNull(in.followUp());
		this.content = blankToNull(in.content());
		this.discussion = blankToNull(in.discussion());
		this.resolution = blankToNull(in.resolution());
		this.storyTitle = blankToNull(in.storyTitle());
		this.lesson = blankToNull(in.lesson());
		this.documentsSent = in.documentsSent();
		this.minutesSigned = in.minutesSigned();
		this.updatedAt = now;
	}

	void counts(int expected, int present) {
		this.expectedCount = expected;
		this.presentCount = present;
	}

	void complete() {
		this.status = MeetingStatus.COMPLETED;
	}

	void reopen() {
		this.status = MeetingStatus.DRAFT;
	}

	void grade(MeetingGrade grade, String note, String by, Instant at) {
		this.grade = grade;
		this.gradeNote = blankToNull(note);
		this.gradedBy = by;
		this.gradedAt = at;
	}

	/** A story was told: then the lesson drawn from it must be written down. */
	public boolean storyTold() {
		return this.storyTitle != null;
	}

	public boolean lessonDrawn() {
		return this.lesson != null;
	}

	public boolean isCompleted() {
		return this.status == MeetingStatus.COMPLETED;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public String getTopic() {
		return this.topic;
	}

	public Long getChairId() {
		return this.chairId;
	}

	public Long getSecretaryId() {
		return this.secretaryId;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public String getContent() {
		return this.content;
	}

	public String getDiscussion() {
		return this.discussion;
	}

	public String getResolution() {
		return this.resolution;
	}

	public String getStoryTitle() {
		return this.storyTitle;
	}

	public String getLesson() {
		return this.lesson;
	}

	public boolean isDocumentsSent() {
		return this.documentsSent;
	}

	public boolean isMinutesSigned() {
		return this.minutesSigned;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public int getExpectedCount() {
		return this.expectedCount;
	}

	public int getPresentCount() {
		return this.presentCount;
	}

	public MeetingGrade getGrade() {
		return this.grade;
	}

	public String getGradeNote() {
		return this.gradeNote;
	}

	public String getGradedBy() {
		return this.gradedBy;
	}

	public Instant getGradedAt() {
		return this.gradedAt;
	}

	public String getSource() {
		return this.source;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
