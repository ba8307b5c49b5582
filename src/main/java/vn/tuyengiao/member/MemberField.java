package vn.tuyengiao.member;

import java.util.Arrays;
import java.util.Optional;

import vn.tuyengiao.imports.ImportColumn;
import vn.tuyengiao.text.VietnameseText;

/** The fields of a member, with the column headers used in import files and exports. */
public enum MemberField implements ImportColumn {

	FULL_NAME("Họ và tên"), GENDER("Giới tính"), BIRTH_DATE("Ngày sinh"), CARD_NUMBER("Số thẻ đảng viên"),
	JOIN_DATE("Ngày vào Đảng"), FULL_MEMBER_DATE("Ngày chính thức"), UNIT("Mã chi bộ"),
	/**
	 * Read back for a person to check; an import goes by the code (UNIT) and ignores it.
	 */
	UNIT_NAME("Tên chi bộ"), POSITION("Chức vụ"), DUTIES("Chức trách nhiệm vụ"), STATUS("Tình trạng"),
	STATUS_SINCE("Từ ngày"), RETIRED_CADRE("Cán bộ hưu");

	private final String header;

	MemberField(String header) {
		this.header = header;
	}

	@Override
	public String header() {
		return this.header;
	}

	public String messageKey() {
		return "member.field." + name();
	}

	/**
	 * Matches a header whatever its case, diacritics or punctuation ("Chức trách, nhiệm
	 * vụ").
	 */
	public static Optional<MemberField> byHeader(String header) {
		String folded = VietnameseText.fold(header).replaceAll("[^a-z0-9 ]", "").replaceAll(" +", " ").strip();
		return Arrays.stream(values())
			.filter(f -> VietnameseText.fold(f.header).replaceAll("[^a-z0-9 ]", "").equals(folded))
			.findFirst();
	}

}
