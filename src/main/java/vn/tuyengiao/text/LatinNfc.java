package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * NFC for Latin text written decomposed (a Mac or a web form's NFD: "e" + U+0323 + U+0302
 * for "ệ"), without the JDK's general normaliser, which takes about 40 ns a character on
 * such text. A base letter followed by one or two combining marks is looked up in a table
 * of every precomposed letter of Latin-1 Supplement, Latin Extended-A/B and Latin
 * Extended Additional, keyed by its exact canonical decomposition, so the result is
 * {@link Normalizer}'s wherever this answers; for anything else (marks in another order,
 * three marks, a mark after a precomposed letter, other scripts) it gives up and the
 * caller normalises the whole text the general way.
 */
final class LatinNfc {

	private LatinNfc() {
	}

	/** Exact decomposition (base, mark, mark or 0) → precomposed letter. */
	private static final Map<Long, Character> COMPOSE = new HashMap<>();

	static {
		for (char c = 0x00C0; c < 0x1F00; c++) {
			if (c == 0x0250) {
				c = 0x1E00;
			}
			String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			if ((d.length() == 2 || d.length() == 3) && isMark(d.charAt(1)) && (d.length() == 2 || isMark(d.charAt(2)))
					&& Normalizer.normalize(d, Normalizer.Form.NFC).equals(String.valueOf(c))) {
				COMPOSE.put(key(d.charAt(0), d.charAt(1), d.length() == 3 ? d.charAt(2) : 0), c);
			}
		}
	}

	private static long key(char base, char mark, char second) {
		return ((long) base << 32) | ((long) mark << 16) | second;
	}

	private static boolean isMark(char c) {
		return c >= 0x0300 && c < 0x0370;
	}

	/**
	 * The text in NFC, or null when it holds something this does not compose (the caller
	 * then uses {@link Normalizer}). Characters other than combining marks must be
	 * NFC-inert ({@link LegacyVietnamese#isNfcInert(char)}).
	 */
	static String compose(String text) {
		int n = text.length();
		char[] out = new char[n];
		int k = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (isMark(c)) {
				// a mark must follow a base letter that is still plain (k > 0 and
				// composed below, never here)
				return null;
			}
			if (!LegacyVietnamese.isNfcInert(c)) {
				return null;
			}
			if (i + 1 < n && isMark(text.charAt(i + 1))) {
				char m = text.charAt(i + 1);
				char second = i + 2 < n && isMark(text.charAt(i + 2)) ? text.charAt(i + 2) : 0;
				if (second != 0 && i + 3 < n && isMark(text.charAt(i + 3))) {
					return null;
				}
				Character composed = COMPOSE.get(key(c, m, second));
				if (composed == null) {
					return null;
				}
				out[k++] = composed;
				i += second != 0 ? 2 : 1;
				continue;
			}
			out[k++] = c;
		}
		return new String(out, 0, k);
	}

}
