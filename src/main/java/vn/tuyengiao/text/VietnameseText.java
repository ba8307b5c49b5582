package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as it arrives from Word, Excel and phones: NFC or NFD, old ("hoà") or
 * new ("hòa") tone placement, stray whitespace.
 */
public final class VietnameseText {

	private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");

	private VietnameseText() {
	}

	/**
	 * The key used for searching: lower case, no diacritics, "đ" as "d", single spaces.
	 * "Nguyễn Văn Thắng", its NFD form and "nguyen van THANG" all give "nguyen van
	 * thang"; "hoà" and "hòa" both give "hoa".
	 */
	public static String fold(String s) {
		if (s == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
		String stripped = COMBINING.matcher(decomposed).replaceAll("");
		stripped = stripped.replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(stripped).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Canonical stored form: NFC, trimmed, inner runs of whitespace collapsed, and the
	 * tone mark of open "oa", "oe", "uy" placed on the first vowel ("hoà" becomes "hòa",
	 * "thuỷ" becomes "thủy"), so that equal names are stored equally whatever keyboard
	 * typed them.
	 */
	public static String normalize(String s) {
		if (s == null) {
			return null;
		}
		return ToneMarks.toCanonical(collapseSpaces(LegacyVietnamese.nfc(s)));
	}

	/**
	 * Runs of white space (Java's {@code \s}, no-break space, zero-width space, BOM) as
	 * one space, none at either end: {@code SPACES.matcher(s).replaceAll(" ").strip()}
	 * without the regex when nothing needs it (most lines).
	 */
	static String collapseSpaces(String s) {
		int n = s.length();
		// String.strip also takes Unicode spaces (U+2003 …) off the ends
		boolean clean = n == 0 || (!isSpace(s.charAt(0)) && !Character.isWhitespace(s.charAt(0))
				&& !isSpace(s.charAt(n - 1)) && !Character.isWhitespace(s.charAt(n - 1)));
		for (int i = 0; clean && i < n; i++) {
			char c = s.charAt(i);
			if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1))))) {
				clean = false;
			}
		}
		return clean ? s : SPACES.matcher(s).replaceAll(" ").strip();
	}

	private static boolean isSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
	}

	/**
	 * True when the folded text contains the folded query: the search rule used across
	 * the product.
	 */
	public static boolean matches(String text, String query) {
		return fold(text).contains(fold(query));
	}

}
