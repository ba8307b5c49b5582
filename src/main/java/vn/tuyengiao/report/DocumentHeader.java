package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.Objects;

import vn.tuyengiao.text.VnFormat;

/**
 * The top of the first page. Left: the superior body ("HUYỆN ỦY VĨNH THUẬN", plain), the
 * issuing body ("BAN TUYÊN GIÁO", bold), a centred "*" and the number line. Right: "ĐẢNG
 * CỘNG SẢN VIỆT NAM" over a rule, then the place and date in italics.
 *
 * @param superiorBody the committee the issuer belongs to, or null when the issuer is
 * itself a committee ("TỈNH ỦY KIÊN GIANG" issues in its own name)
 * @param issuingBody the body in whose name the document is issued
 * @param numberLine "Số 03-BC/BTG", see {@link DocumentNumber}
 * @param place "Vĩnh Thuận"
 * @param date the issue date; the line reads "Vĩnh Thuận, ngày 25 tháng 8 năm 2020"
 */
public record DocumentHeader(String superiorBody, String issuingBody, String numberLine, String place, LocalDate date) {

	/** The heading of every party document, on the right. */
	public static final String PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

	public DocumentHeader {
		superiorBody = superiorBody == null || superiorBody.isBlank() ? null : superiorBody.strip();
		issuingBody = PartyDocument.required(issuingBody, "issuing body");
		numberLine = PartyDocument.required(numberLine, "number line");
		place = PartyDocument.required(place, "place");
		Objects.requireNonNull(date, "date");
	}

	public DocumentHeader(String superiorBody, String issuingBody, DocumentNumber number, String place,
			LocalDate date) {
		this(superiorBody, issuingBody, Objects.requireNonNull(number, "number").line(), place, date);
	}

	/**
	 * The number line as printed at a stage: an issued document shows its number ("Số
	 * 03-BC/BTG"); a preview or draft leaves the number blank for the register to fill
	 * ("Số -BC/BTG"), whatever number the line carries.
	 */
	public String numberLine(PartyDocument.Stage stage) {
		if (stage == PartyDocument.Stage.ISSUED) {
			return numberLine;
		}
		return numberLine.replaceFirst("^Số\\s*\\d+(?=-)", UNNUMBERED);
	}

	/** "Số" and the blank a clerk writes the number into. */
	static final String UNNUMBERED = "Số \u00A0\u00A0\u00A0\u00A0\u00A0";

	/** "Vĩnh Thuận, ngày 25 tháng 8 năm 2020". */
	public String dateLine() {
		return place + ", " + VnFormat.longDate(date);
	}

}
