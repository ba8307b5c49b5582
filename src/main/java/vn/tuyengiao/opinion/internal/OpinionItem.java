package vn.tuyengiao.opinion.internal;

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

import vn.tuyengiao.opinion.Intensity;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.opinion.Spread;
import vn.tuyengiao.opinion.Tendency;

/**
 * One opinion item (ý kiến, dư luận) a collaborator or a unit reported: where and when,
 * the topic, which way it leans, how strongly, how far it spread, what was said and what
 * the reporter suggests doing.
 */
@Entity
@Table(name = "opinion_item")
public class OpinionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	private String unitPath;

	private String hamlet;

	private LocalDate observedOn;

	private long topicId;

	@Enumerated(EnumType.STRING)
	private OpinionField field;

	@Enumerated(EnumType.STRING)
	private Tendency tendency;

	@Enumerated(EnumType.STRING)
	private Intensity intensity;

	@Enumerated(EnumType.STRING)
	private Spread spread;

	private Long collaboratorId;

	private Long sourceUnitId;

	private String content;

	private String handling;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected OpinionItem() {
	}

	OpinionItem(ItemData d, String unitPath, Instant now, String by) {
		this.createdAt = now;
		this.createdBy = by;
		change(d, unitPath, now);
	}

	void change(ItemData d, String unitPath, Instant now) {
		this.unitId = d.unitId();
		this.unitPath = unitPath;
		this.hamlet = d.hamlet();
		this.observedOn = d.observedOn();
		this.topicId = d.topicId();
		this.field = d.field();
		this.tendency = d.tendency();
		this.intensity = d.intensity();
		this.spread = d.spread();
		this.collaboratorId = d.collaboratorId();
		this.sourceUnitId = d.sourceUnitId();
		this.content = d.content();
		this.handling = d.handling();
		this.updatedAt = now;
	}

	/** The checked values of an item. */
	record ItemData(long unitId, String hamlet, LocalDate observedOn, long topicId, OpinionField field,
			Tendency tendency, Intensity intensity, Spread spread, Long collaboratorId, Long sourceUnitId,
			String content, String handling) {
	}

	public Long getId() {
		return this.id;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getUnitPath() {
		return this.unitPath;
	}

	public String getHamlet() {
		return this.hamlet;
	}

	public LocalDate getObservedOn() {
		return this.observedOn;
	}

	public long getTopicId() {
		return this.topicId;
	}

	public OpinionField getField() {
		return this.field;
	}

	public Tendency getTendency() {
		return this.tendency;
	}

	public Intensity getIntensity() {
		return this.intensity;
	}

	public Spread getSpread() {
		return this.spread;
	}

	public Long getCollaboratorId() {
		return this.collaboratorId;
	}

	public Long getSourceUnitId() {
		return this.sourceUnitId;
	}

	public String getContent() {
		return this.content;
	}

	public String getHandling() {
		return this.handling;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

}
