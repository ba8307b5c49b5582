package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One tone-mark placement for the open syllables "oa", "oe", "uy": the mark sits on the
 * first vowel ("hòa", "khỏe", "thủy"), the placement used in party documents and in the
 * seeds ("văn hóa"). Syllables with a final consonant ("hoàng", "quyết") and "qu" + "y"
 * ("quý") are the same in both styles and are left alone.
 */
final class ToneMarks {

	private static final Pattern OPEN_PAIR = Pattern.compile("^([bcdđghklmnpqrstvx]*)(oa|oe|uy)$");

	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	/**
	 * A letter, bare or with one of the five tone marks, as one precomposed (NFC)
	 * character.
	 */
	private static final String O = "oòóỏõọ", U = "uùúủũụ", A = "aàáảãạ", E = "eèéẻẽẹ", Y = "yỳýỷỹỵ";

	private ToneMarks() {
	}

	/**
	 * Words ({@code \p{L}[\p{L}\p{M}]*}, scanned by hand: a regex matcher and a string a
	 * word cost most of reading a document) with the tone of an open "oa", "oe", "uy"
	 * placed canonically; only a word that {@link #mayEndInOpenPair may} change is cut
	 * out and checked.
	 */
	static String toCanonical(String nfc) {
		if (nfc.isEmpty()) {
			return nfc;
		}
		StringBuilder out = null;
		int last = 0;
		int n = nfc.length();
		int i = 0;
		while (i < n) {
			int c = nfc.codePointAt(i);
			if (!Character.isLetter(c)) {
				i += Character.charCount(c);
				continue;
			}
			int start = i;
			i += Character.charCount(c);
			while (i < n) {
				int d = nfc.codePointAt(i);
				if (!Character.isLetter(d) && !isMark(d)) {
					break;
				}
				i += Character.charCount(d);
			}
			int length = i - start;
			if (length < 2 || length > 7 || !mayEndInOpenPair(nfc, i)) {
				continue;
			}
			String word = nfc.substring(start, i);
			String fixed = fixSyllable(word);
			if (!fixed.equals(word)) {
				if (out == null) {
					out = new StringBuilder(n);
				}
				out.append(nfc, last, start).append(fixed);
				last = i;
			}
		}
		if (out == null) {
			return nfc;
		}
		out.append(nfc, last, n);
		return out.toString();
	}

	private static String fixSyllable(String word) {
		if (word.length() < 2 || word.length() > 7 || !mayEndInOpenPair(word, word.length())) {
			return word;
		}
		String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
		char tone = 0;
		StringBuilder base = new StringBuilder(nfd.length());
		for (int i = 0; i < nfd.length(); i++) {
			char c = nfd.charAt(i);
			if (TONES.indexOf(c) >= 0) {
				if (tone != 0) {
					return word;
				}
				tone = c;
			}
			else {
				base.append(c);
			}
		}
		if (tone == 0) {
			return word;
		}
		String baseNfc = Normalizer.normalize(base, Normalizer.Form.NFC);
		Matcher m = OPEN_PAIR.matcher(baseNfc.toLowerCase(java.util.Locale.ROOT));
		if (!m.matches() || m.group(1).endsWith("q")) {
			return word;
		}
		int at = m.group(1).length();
		String placed = baseNfc.substring(0, at + 1) + tone + baseNfc.substring(at + 1);
		return Normalizer.normalize(placed, Normalizer.Form.NFC);
	}

	/**
	 * Cheap test before the decomposition: only a word whose last two letters are "oa",
	 * "oe" or "uy" (each bare or with a tone mark) can be changed; a word ending in a
	 * combining mark gets the full check.
	 */
	private static boolean mayEndInOpenPair(String text, int end) {
		char last = text.charAt(end - 1);
		char prev = text.charAt(end - 2);
		if (isMark(last) || isMark(prev)) {
			return true;
		}
		last = Character.toLowerCase(last);
		prev = Character.toLowerCase(prev);
		return O.indexOf(prev) >= 0 && (A.indexOf(last) >= 0 || E.indexOf(last) >= 0)
				|| U.indexOf(prev) >= 0 && Y.indexOf(last) >= 0;
	}

	private static boolean isMark(int c) {
		int t = Character.getType(c);
		return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
				|| t == Character.ENCLOSING_MARK;
	}

}
