package vn.tuyengiao.report;

import java.util.Objects;

/**
 * The number line of a party document, "Số 03-BC/BTG": no colon after "Số" (state
 * documents write "Số:"), the running number zero-padded to two digits, a hyphen before
 * the type and a slash before the issuer. Numbers run per type, per issuing body, per
 * committee term; issuing them is the outgoing register's job, not this class's.
 */
public record DocumentNumber(int number, String typeAbbreviation, String issuerAbbreviation) {

	public DocumentNumber {
		if (number < 1) {
			throw new IllegalArgumentException("A document number starts at 1, was " + number);
		}
		typeAbbreviation = code(typeAbbreviation, "type");
		issuerAbbreviation = code(issuerAbbreviation, "issuer");
	}

	public DocumentNumber(int number, DocumentType type, String issuerAbbreviation) {
		this(number, Objects.requireNonNull(type, "type").abbreviation(), issuerAbbreviation);
	}

	/** 3, "BC", "BTG" → "Số 03-BC/BTG"; 124, "CV", "BTGHU" → "Số 124-CV/BTGHU". */
	public static String format(int number, String typeAbbrev, String issuerAbbrev) {
		return new DocumentNumber(number, typeAbbrev, issuerAbbrev).line();
	}

	/**
	 * The line of a draft not yet registered: the number is left blank for the clerk to
	 * write in by hand, as drafts are printed before the register gives them a number
	 * ("Số -BC/BTG").
	 */
	public static String unnumbered(String typeAbbrev, String issuerAbbrev) {
		return "Số \u00A0\u00A0\u00A0\u00A0\u00A0-" + code(typeAbbrev, "type") + "/" + code(issuerAbbrev, "issuer");
	}

	/** "Số 03-BC/BTG". */
	public String line() {
		return "Số " + reference();
	}

	/** "03-BC/BTG": the number as a sentence quotes it ("đã lấy số 03-BC/BTG"). */
	public String reference() {
		return (number < 10 ? "0" + number : Integer.toString(number)) + "-" + typeAbbreviation + "/"
				+ issuerAbbreviation;
	}

	@Override
	public String toString() {
		return line();
	}

	private static String code(String s, String what) {
		if (s == null || s.isBlank()) {
			throw new IllegalArgumentException("The " + what + " abbreviation of a document number is missing");
		}
		String t = s.strip();
		if (t.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '-' || c == ':')) {
			throw new IllegalArgumentException(
					"The " + what + " abbreviation must be one code without spaces, '-', '/' or ':': \"" + s + "\"");
		}
		return t;
	}

}
