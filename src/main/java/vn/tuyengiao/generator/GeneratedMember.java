package vn.tuyengiao.generator;

import java.time.LocalDate;

/**
 * One party member as the generator emits it.
 *
 * @param gender {@code MALE} or {@code FEMALE}
 * @param cardNumber eight digits, text because it may start with zero
 * @param fullMemberDate {@code null} for a probationary member
 * @param unitCode the code of a {@code CELL} or {@code GRASSROOTS_CELL}
 * @param status the app's enum constant name, e.g. {@code ACTIVE}; see
 * {@link Labels#MEMBER_STATUSES}
 */
public record GeneratedMember(String fullName, String gender, LocalDate birthDate, String cardNumber,
		LocalDate joinDate, LocalDate fullMemberDate, String unitCode, String position, String duties, String status,
		LocalDate statusSince, boolean retiredCadre) {
}
