package vn.tuyengiao.member;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import vn.tuyengiao.text.VietnameseText;

/**
 * A party member. {@code status} and {@code unitId} are the current values, kept for fast
 * lists; the history with effective dates is in the status and unit periods, and counts
 * "as of a date" read those.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "member")
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fullName;

	private String searchName;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	private LocalDate birthDate;

	private String cardNumber;

	private LocalDate joinDate;

	private LocalDate fullMemberDate;

	private Long unitId;

	private String position;

	private String duties;

	@Enumerated(EnumType.STRING)
	private MemberStatus status;

	private LocalDate statusSince;

	/**
	 * The latest start or end of any of the member's cell and status periods
	 * ({@link MemberHistory}).
	 */
	private LocalDate standingSince;

	private boolean retiredCadre;

	@Version
	private long version;

	/**
	 * Set when first saved, from the injected Clock (JPA auditing, common.CommonConfig).
	 */
	@CreatedDate
	private Instant createdAt;

	@LastModifiedDate
	private Instant updatedAt;

	protected Member() {
	}

	Member(MemberData data, long unitId) {
		this.unitId = unitId;
		this.status = data.status();
		this.statusSince = data.statusSince();
		// The first cell period starts on or before the first status period.
		this.standingSince = data.statusSince();
		apply(data);
	}

	void apply(MemberData d) {
		this.fullName = VietnameseText.normalize(d.fullName());
		this.searchName = VietnameseText.fold(d.fullName());
		this.gender = d.gender();
		this.birthDate = d.birthDate();
		this.cardNumber = d.cardNumber() == null || d.cardNumber().isBlank() ? null : d.cardNumber().strip();
		this.joinDate = d.joinDate();
		this.fullMemberDate = d.fullMemberDate();
		this.position = VietnameseText.normalize(d.position());
		this.duties = VietnameseText.normalize(d.duties());
		this.retiredCadre = d.retiredCadre();
	}

	void changeStatus(MemberStatus newStatus, LocalDate since) {
		this.status = newStatus;
		this.statusSince = since;
	}

	void moveTo(long newUnitId) {
		this.unitId = newUnitId;
	}

	/** A cell or status period starts or ends on this date. */
	void standingChangedOn(LocalDate date) {
		if (date != null && (this.standingSince == null || date.isAfter(this.standingSince))) {
			this.standingSince = date;
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public Gender getGender() {
		return this.gender;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public String getCardNumber() {
		return this.cardNumber;
	}

	public LocalDate getJoinDate() {
		return this.joinDate;
	}

	public LocalDate getFullMemberDate() {
		return this.fullMemberDate;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getPosition() {
		return this.position;
	}

	public String getDuties() {
		return this.duties;
	}

	public MemberStatus getStatus() {
		return this.status;
	}

	public LocalDate getStatusSince() {
		return this.statusSince;
	}

	public boolean isRetiredCadre() {
		return this.retiredCadre;
	}

	public long getVersion() {
		return this.version;
	}

	/** Probationary (dự bị) until the full-membership date. */
	public boolean isProbationary() {
		return this.fullMemberDate == null;
	}

}
