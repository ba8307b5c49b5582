package vn.tuyengiao.commitment;

import java.util.List;

/**
 * The usual sections of a yearly commitment, with the heading written into the text and
 * the (diacritics-free) phrases that show a free text or an uploaded file covers the
 * section.
 */
public enum CommitmentSection {

	IDEOLOGY("Về tư tưởng chính trị", List.of("tu tuong chinh tri", "ban linh chinh tri", "lap truong tu tuong")),
	ETHICS("Về phẩm chất đạo đức, lối sống", List.of("dao duc", "loi song")),
	DUTIES("Về thực hiện chức trách, nhiệm vụ được giao",
			List.of("chuc trach", "nhiem vu duoc giao", "thuc hien nhiem vu")),
	DISCIPLINE("Về ý thức tổ chức kỷ luật, tính tiên phong, gương mẫu", List.of("ky luat", "tien phong", "guong mau")),
	SHORTCOMINGS("Khuyết điểm, hạn chế năm trước và biện pháp khắc phục",
			List.of("khuyet diem", "han che", "thieu sot", "ton tai"));

	private final String heading;

	private final List<String> cues;

	CommitmentSection(String heading, List<String> cues) {
		this.heading = heading;
		this.cues = cues;
	}

	/**
	 * The heading written above the section's text when the commitment is entered through
	 * the form.
	 */
	public String heading() {
		return this.heading;
	}

	/** Folded phrases: one of them in a text shows the section is there. */
	public List<String> cues() {
		return this.cues;
	}

	public String messageKey() {
		return "commitment.section." + name();
	}

}
