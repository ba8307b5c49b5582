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
 * A class or conference (lớp, hội nghị) of a campaign, held by one unit for some
 * audiences.
 */
@Entity
@Table(name = "study_session")
public class StudySession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long campaignId;

	private Long organiserUnitId;

	private String title;

	@Enumerated(EnumType.STRING)
	private SessionFormat format;

	/**
	 * An online class follows a host class (e.g. the province's, streamed to the
	 * district).
	 */
	private Long hostSessionId;

	private LocalDate heldOn;

	private String place;

	private String presenters;

	private String audiences;

	/** Học bù: a make-up class for those who missed the first. */
	private boolean makeUp;

	@Version
	private long version;

	private Instant createdAt;

	protected StudySession() {
	}

	StudySession(Long campaignId, Long organiserUnitId, String title, SessionFormat format, Long hostSessionId,
			LocalDate heldOn, String place, String presenters, Set<Audience> audiences, boolean makeUp,
			Instant createdAt) {
		this.campaignId = campaignId;
		this.organiserUnitId = organiserUnitId;
		this.title = title;
		this.format = format;
		this.hostSessionId = hostSessionId;
		this.heldOn = heldOn;
		this.place = place;
		this.presenters = presenters;
		this.audiences = Audience.join(audiences);
		this.makeUp = makeUp;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public Long getOrganiserUnitId() {
		return this.organiserUnitId;
	}

	public String getTitle() {
		return this.title;
	}

	public SessionFormat getFormat() {
		return this.format;
	}

	public Long getHostSessionId() {
		return this.hostSessionId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getPlace() {
		return this.place;
	}

	public String getPresenters() {
		return this.presenters;
	}

	public Set<Audience> getAudiences() {
		return Audience.split(this.audiences);
	}

	public boolean isMakeUp() {
		return this.makeUp;
	}

	public long getVersion() {
		return this.version;
	}

}
