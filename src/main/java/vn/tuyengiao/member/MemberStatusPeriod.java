package vn.tuyengiao.member;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "member_status_period")
public class MemberStatusPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long memberId;

	@Enumerated(EnumType.STRING)
	private MemberStatus status;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String note;

	protected MemberStatusPeriod() {
	}

	MemberStatusPeriod(Long memberId, MemberStatus status, LocalDate validFrom, String note) {
		this.memberId = memberId;
		this.status = status;
		this.validFrom = validFrom;
		this.note = note;
	}

	void end(LocalDate on) {
		this.validTo = on;
	}

	public MemberStatus getStatus() {
		return this.status;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public String getNote() {
		return this.note;
	}

}
