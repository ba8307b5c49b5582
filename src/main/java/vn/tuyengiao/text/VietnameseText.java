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
		String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
		nfc = SPACES.matcher(nfc).replaceAll(" ").strip();
		return ToneMarks.toCanonical(nfc);
	}

	/**
	 * True when the folded text contains the folded query: the search rule used across
	 * the product.
	 */
	public static boolean matches(String text, String query) {
		return fold(text).contains(fold(query));
	}

}
