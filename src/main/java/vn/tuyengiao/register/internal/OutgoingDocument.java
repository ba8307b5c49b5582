package vn.tuyengiao.register.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the outgoing-document register: a number issued once, never again. */
@Entity
@Table(name = "outgoing_document")
public class OutgoingDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long issuingBodyId;

	private Long termId;

	private String typeCode;

	private int number;

	private String subject;

	private LocalDate issuedOn;

	private String issuedBy;

	private Instant createdAt;

	protected OutgoingDocument() {
	}

	public OutgoingDocument(Long issuingBodyId, Long termId, String typeCode, int number, String subject,
			LocalDate issuedOn, String issuedBy, Instant createdAt) {
		this.issuingBodyId = issuingBodyId;
		this.termId = termId;
		this.typeCode = typeCode;
		this.number = number;
		this.subject = subject;
		this.issuedOn = issuedOn;
		this.issuedBy = issuedBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getIssuingBodyId() {
		return this.issuingBodyId;
	}

	public Long getTermId() {
		return this.termId;
	}

	public String getTypeCode() {
		return this.typeCode;
	}

	public int getNumber() {
		return this.number;
	}

	public String getSubject() {
		return this.subject;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public String getIssuedBy() {
		return this.issuedBy;
	}

}
