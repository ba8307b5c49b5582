package vn.tuyengiao.member;

import java.time.LocalDate;

/** A member's fields as entered in a form, an API call or an import row. */
public record MemberData(String fullName, Gender gender, LocalDate birthDate, String cardNumber, LocalDate joinDate,
		LocalDate fullMemberDate, String unitCode, Long unitId, String position, String duties, MemberStatus status,
		LocalDate statusSince, boolean retiredCadre) {

	public MemberData withUnitId(Long id) {
		return new MemberData(this.fullName, this.gender, this.birthDate, this.cardNumber, this.joinDate,
				this.fullMemberDate, this.unitCode, id, this.position, this.duties, this.status, this.statusSince,
				this.retiredCadre);
	}

}
