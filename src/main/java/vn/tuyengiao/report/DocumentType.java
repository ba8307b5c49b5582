package vn.tuyengiao.report;

import java.util.Locale;

/**
 * Kinds of party documents with the abbreviation used in their number ("Số 03-BC/BTG")
 * and their Vietnamese name. "TT" is a Thông tri (circular), not a Tờ trình (submission),
 * which is "TTr".
 */
public enum DocumentType {

	RESOLUTION("NQ", "Nghị quyết"), DECISION("QĐ", "Quyết định"), DIRECTIVE("CT", "Chỉ thị"),
	CONCLUSION("KL", "Kết luận"), REGULATION("QC", "Quy chế"), GUIDANCE("HD", "Hướng dẫn"), NOTICE("TB", "Thông báo"),
	CIRCULAR("TT", "Thông tri"), REPORT("BC", "Báo cáo"), PLAN("KH", "Kế hoạch"), PROGRAMME("CTr", "Chương trình"),
	PROJECT("ĐA", "Đề án"), SCHEME("PA", "Phương án"), SUBMISSION("TTr", "Tờ trình"), OFFICIAL_LETTER("CV", "Công văn"),
	MINUTES("BB", "Biên bản");

	private final String abbreviation;

	private final String vietnameseName;

	DocumentType(String abbreviation, String vietnameseName) {
		this.abbreviation = abbreviation;
		this.vietnameseName = vietnameseName;
	}

	/** "BC". */
	public String abbreviation() {
		return abbreviation;
	}

	/** "Báo cáo". */
	public String vietnameseName() {
		return vietnameseName;
	}

	/** The type name as printed above the subject line: "BÁO CÁO". */
	public String title() {
		return vietnameseName.toUpperCase(Locale.forLanguageTag("vi"));
	}

	/**
	 * The type for an abbreviation, exact case ("CTr" and "CT" differ only by case of the
	 * tail).
	 */
	public static DocumentType ofAbbreviation(String abbreviation) {
		for (DocumentType t : values()) {
			if (t.abbreviation.equals(abbreviation)) {
				return t;
			}
		}
		throw new IllegalArgumentException("Unknown party document type abbreviation: " + abbreviation);
	}

}
