package vn.tuyengiao.audit.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change: who, when, what. Never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String username;

	private String action;

	private String entityType;

	private Long entityId;

	private String summary;

	private String details;

	private String unitPath;

	protected AuditEvent() {
	}

	public AuditEvent(Instant occurredAt, String username, String action, String entityType, Long entityId,
			String summary, String details) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = truncate(summary, 1000);
		this.details = truncate(details, 4000);
	}

	public AuditEvent(Instant occurredAt, String username, String action, String entityType, Long entityId,
			String unitPath, String summary, String details) {
		this(occurredAt, username, action, entityType, entityId, summary, details);
		this.unitPath = unitPath;
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getUsername() {
		return this.username;
	}

	public String getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getDetails() {
		return this.details;
	}

	public String getUnitPath() {
		return this.unitPath;
	}

}
