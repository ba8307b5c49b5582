package vn.tuyengiao.register.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A report kept in the register: drafted from data, edited by the officer in saved
 * revisions, issued once (numbered, then read-only).
 */
@Entity
@Table(name = "register_draft")
public class RegisterDraft {

	public static final String DRAFT = "DRAFT";

	public static final String ISSUED = "ISSUED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long issuingBodyId;

	private String kind;

	private String params;

	private String typeCode;

	private String subject;

	private LocalDate reportDate;

	private String document;

	private int revision;

	private String status;

	private Long outgoingDocumentId;

	private Long copiedFromId;

	private String createdBy;

	private Instant createdAt;

	private String updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected RegisterDraft() {
	}

	public RegisterDraft(Long issuingBodyId, String kind, String params, String typeCode, String subject,
			LocalDate reportDate, String document, Long copiedFromId, String by, Instant at) {
		this.issuingBodyId = issuingBodyId;
		this.kind = kind;
		this.params = params;
		this.typeCode = typeCode;
		this.subject = subject;
		this.reportDate = reportDate;
		this.document = document;
		this.revision = 1;
		this.status = DRAFT;
		this.copiedFromId = copiedFromId;
		this.createdBy = by;
		this.createdAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public void revise(String document, String by, Instant at) {
		this.document = document;
		this.revision++;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public void issued(long outgoingDocumentId, String document, String by, Instant at) {
		this.outgoingDocumentId = outgoingDocumentId;
		this.document = document;
		this.status = ISSUED;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public boolean isIssued() {
		return ISSUED.equals(this.status);
	}

	public Long getId() {
		return this.id;
	}

	public Long getIssuingBodyId() {
		return this.issuingBodyId;
	}

	public String getKind() {
		return this.kind;
	}

	public String getParams() {
		return this.params;
	}

	public String getTypeCode() {
		return this.typeCode;
	}

	public String getSubject() {
		return this.subject;
	}

	public LocalDate getReportDate() {
		return this.reportDate;
	}

	public String getDocument() {
		return this.document;
	}

	public int getRevision() {
		return this.revision;
	}

	public String getStatus() {
		return this.status;
	}

	public Long getOutgoingDocumentId() {
		return this.outgoingDocumentId;
	}

	public Long getCopiedFromId() {
		return this.copiedFromId;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
