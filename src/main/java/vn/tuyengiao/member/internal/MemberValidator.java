package vn.tuyengiao.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.member.FieldProblem;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberField;

/**
 * Rules every member record obeys, whether typed in a form, sent to the API or imported.
 */
public final class MemberValidator {

	/** The Party Charter's minimum age for admission. */
	static final int MIN_JOIN_AGE = 18;

	private MemberValidator() {
	}

	public static List<FieldProblem> validate(MemberData d, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.fullName() == null || d.fullName().isBlank()) {
			problems.add(new FieldProblem(MemberField.FULL_NAME, "validation.required"));
		}
		else if (d.fullName().strip().length() > 200) {
			problems.add(new FieldProblem(MemberField.FULL_NAME, "validation.tooLong", 200));
		}
		else if (!d.fullName().strip().matches("[\\p{L}\\p{M} .'-]+")) {
			problems.add(new FieldProblem(MemberField.FULL_NAME, "member.nameLetters"));
		}
		if (d.gender() == null) {
			problems.add(new FieldProblem(MemberField.GENDER, "validation.required"));
		}
		if (d.birthDate() == null) {
			problems.add(new FieldProblem(MemberField.BIRTH_DATE, "validation.required"));
		}
		else if (d.birthDate().isAfter(today)) {
			problems.add(new FieldProblem(MemberField.BIRTH_DATE, "validation.future"));
		}
		else if (d.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
			problems.add(new FieldProblem(MemberField.BIRTH_DATE, "validation.tooOld"));
		}
		if (d.joinDate() == null) {
			problems.add(new FieldProblem(MemberField.JOIN_DATE, "validation.required"));
		}
		else if (d.joinDate().isAfter(today)) {
			problems.add(new FieldProblem(MemberField.JOIN_DATE, "validation.future"));
		}
		else if (d.birthDate() != null && !d.birthDate().isAfter(today)
				&& d.joinDate().isBefore(d.birthDate().plusYears(MIN_JOIN_AGE))) {
			problems.add(new FieldProblem(MemberField.JOIN_DATE, "member.joinTooYoung", MIN_JOIN_AGE));
		}
		if (d.fullMemberDate() != null) {
			if (d.fullMemberDate().isAfter(today)) {
				problems.add(new FieldProblem(MemberField.FULL_MEMBER_DATE, "validation.future"));
			}
			else if (d.joinDate() != null && d.fullMemberDate().isBefore(d.joinDate())) {
				problems.add(new FieldProblem(MemberField.FULL_MEMBER_DATE, "member.fullBeforeJoin"));
			}
		}
		if (d.cardNumber() != null && !d.cardNumber().isBlank()
				&& !d.cardNumber().strip().matches("[0-9A-Za-z.\\-]{4,20}")) {
			problems.add(new FieldProblem(MemberField.CARD_NUMBER, "member.cardFormat"));
		}
		if (d.status() == null) {
			problems.add(new FieldProblem(MemberField.STATUS, "validation.required"));
		}
		if (d.statusSince() != null && d.statusSince().isAfter(today)) {
			problems.add(new FieldProblem(MemberField.STATUS_SINCE, "validation.future"));
		}
		if (d.position() != null && d.position().length() > 200) {
			problems.add(new FieldProblem(MemberField.POSITION, "validation.tooLong", 200));
		}
		if (d.duties() != null && d.duties().length() > 2000) {
			problems.add(new FieldProblem(MemberField.DUTIES, "validation.tooLong", 2000));
		}
		return problems;
	}

}
