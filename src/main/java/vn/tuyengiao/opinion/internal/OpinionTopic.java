package vn.tuyengiao.opinion.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.opinion.OpinionField;

/**
 * A topic of the catalogue (chủ đề dư luận): the common one (no unit) or one a unit added
 * for its subtree.
 */
@Entity
@Table(name = "opinion_topic")
public class OpinionTopic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private String unitPath;

	private String name;

	@Enumerated(EnumType.STRING)
	private OpinionField field;

	private boolean active;

	private int sortOrder;

	@Version
	private long version;

	protected OpinionTopic() {
	}

	OpinionTopic(Long unitId, String unitPath, String name, OpinionField field, int sortOrder) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.name = name;
		this.field = field;
		this.active = true;
		this.sortOrder = sortOrder;
	}

	void change(String name, OpinionField field, boolean active) {
		this.name = name;
		this.field = field;
		this.active = active;
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

	public String getName() {
		return this.name;
	}

	public OpinionField getField() {
		return this.field;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

}
