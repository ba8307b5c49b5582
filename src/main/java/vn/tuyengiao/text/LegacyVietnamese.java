package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Vietnamese text typed before Unicode, as it comes out of old .doc/.docx files, e-mails
 * and spreadsheets: the characters are the Latin-1 code points of the legacy font, so a
 * reader without that font sees "§¶ng viªn" (TCVN3, .VnTime fonts) or "Ñaûng vieân"
 * (VNI-Windows, VNI-Times fonts) for "Đảng viên".
 * <ul>
 * <li><b>TCVN3</b> (ABC, TCVN 5712:1993 VN3): one byte per letter; each toned lower-case
 * vowel has its own code, upper case exists only for Ă Â Ê Ô Ơ Ư Đ. Capitals with tones
 * were typed with the upper-case fonts (.VnTimeH, .VnArialH …), which draw the same codes
 * as capitals: {@link #toUnicode(String, Encoding, boolean)} with {@code upperCaseFont}
 * handles them ({@link #isUpperCaseFont(String)} tells from the font name).</li>
 * <li><b>VNI-Windows</b>: a base letter followed by one character for the shape
 * (circumflex "â", breve "ê") and/or the tone ("ù" sắc, "ø" huyền, "û" hỏi, "õ" ngã, "ï"
 * nặng, or one character for both); "ô"/"ö" are ơ/ư, "ñ" is đ, and i, ỵ have single
 * codes.</li>
 * </ul>
 */
public final class LegacyVietnamese {

	/** How a text is encoded. */
	public enum Encoding {

		UNICODE, TCVN3, VNI

	}

	/**
	 * Tone marks, index 1..5 in the order used by the tables below: huyền, hỏi, ngã, sắc,
	 * nặng.
	 */
	private static final char[] TONE_MARKS = { 0, '\u0300', '\u0309', '\u0303', '\u0301', '\u0323' };

	private static final String VOWELS = "aăâeêioôơuưy";

	/**
	 * TCVN3 codes per vowel (order of {@link #VOWELS}), each as: plain, huyền, hỏi, ngã,
	 * sắc, nặng. Checked against the published ABC table (e.g. "à"=µ, "ả"=¶, "ư"=U+00AD
	 * soft hyphen).
	 */
	private static final String[] TCVN3_VOWELS = { "a\u00B5\u00B6\u00B7\u00B8\u00B9", // a
			"\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6", // ă
			"\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB", // â
			"e\u00CC\u00CE\u00CF\u00D0\u00D1", // e
			"\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6", // ê
			"i\u00D7\u00D8\u00DC\u00DD\u00DE", // i
			"o\u00DF\u00E1\u00E2\u00E3\u00E4", // o
			"\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9", // ô
			"\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE", // ơ
			"u\u00EF\u00F1\u00F2\u00F3\u00F4", // u
			"\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9", // ư
			"y\u00FA\u00FB\u00FC\u00FD\u00FE" // y
	};

	/** TCVN3 upper-case letters that have a code of their own: Ă Â Ê Ô Ơ Ư Đ, and đ. */
	private static final String TCVN3_UPPER_UNICODE = "ĂÂÊÔƠƯĐđ";

	private static final String TCVN3_UPPER_CODES = "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00AE";

	/**
	 * Capitals with tones where TCVN 5712:1993 VN1 puts them (as iconv's TCVN5712-1 and
	 * converters built on that table write them): C1 controls, the code points VN3 leaves
	 * free, and C0 controls other than tab, line feed and carriage return. The .VnTime
	 * fonts (VN3) leave these codes unused, so reading them costs a genuine VN3 text
	 * nothing, while a file written with the VN1 table would otherwise lose every capital
	 * with a tone ("BẢN CAM KẾT", "Ủy ban").
	 */
	private static final String TCVN3_VN1_CAPITAL_CODES = "\u0080\u0081\u0082\u0083\u0084\u00AF\u00BA\u00BF\u00C0\u0085"
			+ "\u00C1\u00C2\u00C3\u00C4\u0086\u0087\u0088\u0089\u008A\u008B\u00C5\u00CD\u00D9\u00DA\u008C\u008D"
			+ "\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u00DB\u00E0\u00F0\u00FF\u0097\u0098\u0099"
			+ "\u009A\u009B\u009C\u009D\u009E\u009F\u0001\u0002\u0004\u0005\u0006\u0011\u0012\u0013\u0014\u0015"
			+ "\u0016\u0017";

	private static final String TCVN3_VN1_CAPITALS = "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ";

	/** VNI tone characters, lower then upper case: huyền, hỏi, ngã, sắc, nặng. */
	private static final String VNI_TONES = "øûõùï";

	private static final String VNI_TONES_UPPER = "ØÛÕÙÏ";

	/** VNI circumflex + tone in one character. */
	private static final String VNI_CIRCUMFLEX_TONES = "àåãáä";

	private static final String VNI_CIRCUMFLEX_TONES_UPPER = "ÀÅÃÁÄ";

	/** VNI breve + tone in one character. */
	private static final String VNI_BREVE_TONES = "èúüéë";

	private static final String VNI_BREVE_TONES_UPPER = "ÈÚÜÉË";

	/** VNI single codes for i with a tone: plain, huyền, hỏi, ngã, sắc, nặng. */
	private static final String VNI_I = "iìæóíò";

	private static final String VNI_I_UPPER = "IÌÆÓÍÒ";

	private static final Map<Character, String> TCVN3_DECODE = new HashMap<>();

	private static final Map<Character, Character> TCVN3_ENCODE = new HashMap<>();

	static {
		for (int v = 0; v < VOWELS.length(); v++) {
			for (int t = 0; t < 6; t++) {
				char code = TCVN3_VOWELS[v].charAt(t);
				String lower = compose(VOWELS.charAt(v), t);
				if (code >= 0x80) {
					TCVN3_DECODE.put(code, lower);
				}
				TCVN3_ENCODE.put(lower.charAt(0), code);
				// ABC has no capitals with tones: the .VnTimeH fonts draw the lower-case
				// code as a capital
				char upper = lower.toUpperCase(Locale.ROOT).charAt(0);
				TCVN3_ENCODE.putIfAbsent(upper, code);
			}
		}
		for (int i = 0; i < TCVN3_UPPER_UNICODE.length(); i++) {
			TCVN3_DECODE.put(TCVN3_UPPER_CODES.charAt(i), String.valueOf(TCVN3_UPPER_UNICODE.charAt(i)));
			TCVN3_ENCODE.put(TCVN3_UPPER_UNICODE.charAt(i), TCVN3_UPPER_CODES.charAt(i));
		}
		// plain ASCII vowels stay themselves in upper case
		for (char c : "AEIOUY".toCharArray()) {
			TCVN3_ENCODE.put(c, c);
		}
	}

	private LegacyVietnamese() {
	}

	/**
	 * Which encoding the text is in, from character statistics: Vietnamese letters
	 * outside Latin-1 (ư, ơ, đ, ạ …) mean Unicode; codes only TCVN3 uses (¨ © ª « ¬ ® µ ¶
	 * · ¸ ¹ » ¼ ½ ¾ and the capitals ¡ … §) mean TCVN3; vowels followed by VNI's tone and
	 * shape characters ("aù", "eâ") or "ñ" mean VNI. Text with none of these (plain
	 * ASCII, English) is {@link Encoding#UNICODE}.
	 */
	public static Encoding detect(String text) {
		return ENCODINGS[scan(text) & ENCODING_BITS];
	}

	/**
	 * {@code toUnicode(text, detect(text))} in one pass over the text: the pass that
	 * detects the encoding also tells whether a Unicode text can change under NFC at all,
	 * and the normaliser is skipped when it cannot (most texts: precomposed Vietnamese
	 * letters, Latin-1, ordinary punctuation).
	 */
	public static String toUnicode(String text) {
		if (text == null) {
			return null;
		}
		int scanned = scan(text);
		Encoding encoding = ENCODINGS[scanned & ENCODING_BITS];
		if (encoding == Encoding.UNICODE && (scanned & MAY_CHANGE_UNDER_NFC) == 0) {
			return text;
		}
		return toUnicode(text, encoding);
	}

	/**
	 * Bits 0–1: the detected encoding's ordinal; {@link #MAY_CHANGE_UNDER_NFC}: a
	 * character outside the NFC-inert set.
	 */
	private static int scan(String text) {
		if (text == null || text.isEmpty()) {
			return Encoding.UNICODE.ordinal();
		}
		int quick = quickScan(text);
		if (quick >= 0) {
			return quick;
		}
		int unicode = 0;
		int tcvn = 0;
		int vni = 0;
		int nfc = 0;
		char prev = ' ';
		byte[] flags = FLAGS;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0xA1) {
				// ASCII and controls: only the previous character matters
				prev = c;
				continue;
			}
			if (c > 0xFF) {
				int f = c < flags.length ? flags[c] : NFC_UNSAFE;
				unicode += f & UNICODE_LETTER;
				nfc |= f;
				prev = c;
				continue;
			}
			if ((c >= 0xA1 && c <= 0xAE) || (c >= 0xB5 && c <= 0xBE && c != 0xBA)) {
				tcvn++;
			}
			else if (c >= 0xC0) {
				if (VNI_MODIFIER_CODE[c] && prev < 0x100 && VNI_BASE[prev]) {
					vni++;
				}
				else if (c == 'ñ' || c == 'Ñ') {
					// đ in VNI; in TCVN3 "ñ" is "ủ", which follows a consonant just as
					// well: weak evidence
					if (!isLetter(prev)) {
						vni++;
					}
				}
				else if (TCVN3_LETTER_CODE[c] && isLetter(prev)) {
					tcvn++;
				}
			}
			prev = c;
		}
		int mayChange = (nfc & NFC_UNSAFE) != 0 ? MAY_CHANGE_UNDER_NFC : 0;
		if (unicode == 0 && tcvn == 0 && vni == 0) {
			return Encoding.UNICODE.ordinal() | mayChange;
		}
		if (unicode * 2 >= Math.max(tcvn, vni)) {
			return Encoding.UNICODE.ordinal() | mayChange;
		}
		return (tcvn >= vni ? Encoding.TCVN3 : Encoding.VNI).ordinal() | mayChange;
	}

	/**
	 * {@link #scan}'s answer for most texts in one cheap pass, or -1. Every TCVN3 and VNI
	 * code {@link #scan} counts is in U+00A1–U+00FF, one count a character, so a text
	 * with at least half as many letters only Unicode has (ơ, ư, ă, đ, ạ … above U+00FF)
	 * as characters in that range is Unicode by {@link #scan}'s rule whatever the
	 * neighbours of those characters; only its NFC flag is then needed. About a third of
	 * the full pass's time on ordinary Vietnamese text.
	 */
	private static int quickScan(String text) {
		// branch-free: Vietnamese mixes these classes character by character, so a branch
		// on them mispredicts often
		int unicode = 0;
		int latin1 = 0;
		int nfc = 0;
		byte[] quick = QUICK;
		for (int i = 0; i < text.length(); i++) {
			int f = quick[text.charAt(i)];
			unicode += f & UNICODE_LETTER;
			latin1 += f >>> 2;
			nfc |= f;
		}
		if (unicode * 2 < latin1) {
			return -1;
		}
		return Encoding.UNICODE.ordinal() | ((nfc & NFC_UNSAFE) != 0 ? MAY_CHANGE_UNDER_NFC : 0);
	}

	/**
	 * True when NFC leaves every string made of such characters unchanged: each is its
	 * own NFC form, has canonical combining class 0 and never composes with a character
	 * before it. Below U+0300 (ASCII, Latin-1, Latin Extended-A/B, IPA, spacing
	 * modifiers), Latin Extended Additional (U+1E00–U+1EFF: the precomposed Vietnamese
	 * vowels with tones), general punctuation from U+2010 (U+2000/U+2001 have singleton
	 * decompositions) and currency signs (₫). Anything else, combining marks above all,
	 * goes through the normaliser.
	 */
	static boolean isNfcInert(char c) {
		return c < 0x0300 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2010 && c < 0x20D0);
	}

	/**
	 * Whether NFC leaves the text unchanged by {@link #isNfcInert}; false means "maybe",
	 * not "no".
	 */
	static boolean isNfcInert(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x0300 && !isNfcInert(c)) {
				return false;
			}
		}
		return true;
	}

	static String nfc(String text) {
		if (isNfcInert(text)) {
			return text;
		}
		String composed = LatinNfc.compose(text);
		return composed != null ? composed : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * The encoding a font name implies: the ".Vn…" fonts (.VnTime, .VnTimeH, .VnArial …)
	 * are TCVN3, "VNI-…" (VNI-Times, VNI-Helve …) are VNI-Windows; any other font is
	 * taken as Unicode.
	 */
	public static Encoding fromFontName(String fontName) {
		if (fontName == null) {
			return Encoding.UNICODE;
		}
		String f = fontName.strip();
		if (f.regionMatches(true, 0, ".Vn", 0, 3)) {
			return Encoding.TCVN3;
		}
		if (f.regionMatches(true, 0, "VNI-", 0, 4) || f.regionMatches(true, 0, "VNI ", 0, 4)) {
			return Encoding.VNI;
		}
		return Encoding.UNICODE;
	}

	/**
	 * True for the TCVN3 upper-case fonts (".VnTimeH", ".VnArialH", ".VnAvantH" …): the
	 * name ends in "H" after a ".Vn" prefix. Text in them is all capitals although its
	 * codes are those of lower-case letters.
	 */
	public static boolean isUpperCaseFont(String fontName) {
		if (fontName == null) {
			return false;
		}
		String f = fontName.strip();
		if (!f.regionMatches(true, 0, ".Vn", 0, 3)) {
			return false;
		}
		String name = f.replace(" Bold", "").replace(" Italic", "").replace(" bold", "").strip();
		return name.length() > 4 && name.endsWith("H");
	}

	/** The text in Unicode NFC; Unicode input is only brought to NFC. */
	public static String toUnicode(String text, Encoding encoding) {
		return toUnicode(text, encoding, false);
	}

	/**
	 * As {@link #toUnicode(String, Encoding)}; {@code upperCaseFont} says the text was
	 * set in a TCVN3 upper-case font (.VnTimeH), so the result is upper case.
	 */
	public static String toUnicode(String text, Encoding encoding, boolean upperCaseFont) {
		if (text == null) {
			return null;
		}
		String result = switch (encoding) {
			case UNICODE -> text;
			case TCVN3 -> decodeTcvn3(text);
			case VNI -> decodeVni(text);
		};
		result = nfc(result);
		return upperCaseFont && encoding == Encoding.TCVN3 ? result.toUpperCase(Locale.ROOT) : result;
	}

	/**
	 * The Unicode text as a legacy font would have stored it. TCVN3 has no capitals with
	 * tones: those are written with the lower-case code (what a .VnTimeH font displays as
	 * a capital), so they come back in lower case.
	 */
	public static String encode(String unicodeText, Encoding encoding) {
		if (unicodeText == null) {
			return null;
		}
		String nfc = Normalizer.normalize(unicodeText, Normalizer.Form.NFC);
		return switch (encoding) {
			case UNICODE -> nfc;
			case TCVN3 -> encodeTcvn3(nfc);
			case VNI -> encodeVni(nfc);
		};
	}

	private static String decodeTcvn3(String text) {
		// every code decodes to one character (checked when the table is filled)
		char[] out = text.toCharArray();
		char[] table = TCVN3_DECODE_TABLE;
		for (int i = 0; i < out.length; i++) {
			char c = out[i];
			if (c < table.length) {
				char u = table[c];
				if (u != 0) {
					out[i] = u;
				}
			}
		}
		return new String(out);
	}

	private static String encodeTcvn3(String nfc) {
		StringBuilder out = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			Character code = c >= 0x80 || "AEIOUY".indexOf(c) >= 0 ? TCVN3_ENCODE.get(c) : null;
			out.append(code != null ? code : c);
		}
		return out.toString();
	}

	private static String decodeVni(String text) {
		// every code decodes to one character, and no code is shorter than one
		int n = text.length();
		char[] out = new char[n];
		int k = 0;
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (c < 0x80 && !VNI_ASCII_VOWEL[c]) {
				// ASCII other than a e i o u y: no VNI code starts with it, kept as it is
				out[k++] = c;
				i++;
				continue;
			}
			boolean upper = Character.isUpperCase(c);
			char lower = Character.toLowerCase(c);
			if (lower == 'ñ') {
				out[k++] = upper ? 'Đ' : 'đ';
				i++;
				continue;
			}
			int t = c < VNI_I_TONE.length ? VNI_I_TONE[c] : vniIToneOf(c);
			if (t > 0) {
				out[k++] = composed('i', t, upper);
				i++;
				continue;
			}
			if (lower == 'î') {
				out[k++] = composed('y', 5, upper);
				i++;
				continue;
			}
			char base;
			switch (lower) {
				case 'a', 'e', 'o', 'u', 'y', 'i' -> base = lower;
				case 'ô' -> base = 'ơ';
				case 'ö' -> base = 'ư';
				default -> base = 0;
			}
			if (base == 0) {
				out[k++] = c;
				i++;
				continue;
			}
			int j = i + 1;
			int tone = 0;
			if (j < n && (base == 'a' || base == 'e' || base == 'o')) {
				char m = text.charAt(j);
				int ct = m < VNI_CIRCUMFLEX_INDEX.length ? VNI_CIRCUMFLEX_INDEX[m]
						: indexIn(m, VNI_CIRCUMFLEX_TONES, VNI_CIRCUMFLEX_TONES_UPPER);
				int bt = base != 'a' ? -1 : m < VNI_BREVE_INDEX.length ? VNI_BREVE_INDEX[m]
						: indexIn(m, VNI_BREVE_TONES, VNI_BREVE_TONES_UPPER);
				if (m == 'â' || m == 'Â') {
					base = base == 'a' ? 'â' : base == 'e' ? 'ê' : 'ô';
					j++;
				}
				else if (base == 'a' && (m == 'ê' || m == 'Ê')) {
					base = 'ă';
					j++;
				}
				else if (ct >= 0) {
					base = base == 'a' ? 'â' : base == 'e' ? 'ê' : 'ô';
					tone = ct + 1;
					j++;
				}
				else if (bt >= 0) {
					base = 'ă';
					tone = bt + 1;
					j++;
				}
			}
			if (tone == 0 && j < n) {
				char m = text.charAt(j);
				int tm = m < VNI_TONE_INDEX.length ? VNI_TONE_INDEX[m] : indexIn(m, VNI_TONES, VNI_TONES_UPPER);
				if (tm >= 0) {
					tone = tm + 1;
					j++;
				}
			}
			out[k++] = composed(base, tone, upper);
			i = j;
		}
		return new String(out, 0, k);
	}

	private static String encodeVni(String nfc) {
		StringBuilder out = new StringBuilder(nfc.length() + nfc.length() / 4);
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			if (c < 0xC0 && c != 'Đ' && c != 'đ') {
				out.append(c);
				continue;
			}
			boolean upper = Character.isUpperCase(c);
			char lc = Character.toLowerCase(c);
			if (lc == 'đ') {
				out.append(upper ? 'Ñ' : 'ñ');
				continue;
			}
			String d = Normalizer.normalize(String.valueOf(lc), Normalizer.Form.NFD);
			char letter = d.charAt(0);
			if ("aeiouy".indexOf(letter) < 0) {
				out.append(c);
				continue;
			}
			boolean circumflex = d.indexOf('\u0302') >= 0;
			boolean breve = d.indexOf('\u0306') >= 0;
			boolean horn = d.indexOf('\u031B') >= 0;
			int tone = 0;
			for (int t = 1; t <= 5; t++) {
				if (d.indexOf(TONE_MARKS[t]) >= 0) {
					tone = t;
				}
			}
			if (d.length() - 1 != (circumflex ? 1 : 0) + (breve ? 1 : 0) + (horn ? 1 : 0) + (tone > 0 ? 1 : 0)) {
				out.append(c); // a Latin letter Vietnamese does not use (ä, ç …): left as
								// it is
				continue;
			}
			if (letter == 'i') {
				out.append((upper ? VNI_I_UPPER : VNI_I).charAt(tone));
				continue;
			}
			if (letter == 'y' && tone == 5) {
				out.append(upper ? 'Î' : 'î');
				continue;
			}
			char base = horn ? (letter == 'o' ? 'ô' : 'ö') : letter;
			out.append(upper ? Character.toUpperCase(base) : base);
			if (circumflex) {
				out.append(tone == 0 ? pick('â', 'Â', upper)
						: (upper ? VNI_CIRCUMFLEX_TONES_UPPER : VNI_CIRCUMFLEX_TONES).charAt(tone - 1));
			}
			else if (breve) {
				out.append(tone == 0 ? pick('ê', 'Ê', upper)
						: (upper ? VNI_BREVE_TONES_UPPER : VNI_BREVE_TONES).charAt(tone - 1));
			}
			else if (tone > 0) {
				out.append((upper ? VNI_TONES_UPPER : VNI_TONES).charAt(tone - 1));
			}
		}
		return out.toString();
	}

	private static char pick(char lower, char upper, boolean isUpper) {
		return isUpper ? upper : lower;
	}

	private static int indexIn(char c, String lower, String upper) {
		int k = lower.indexOf(c);
		return k >= 0 ? k : upper.indexOf(c);
	}

	/**
	 * {@code compose(vowel, tone)}, upper-cased if {@code upper}, from a table filled by
	 * those very calls.
	 */
	private static char composed(char vowel, int tone, boolean upper) {
		return COMPOSED[(VOWEL_INDEX[vowel] * 6 + tone) * 2 + (upper ? 1 : 0)];
	}

	/**
	 * The tone of a VNI "i" code (1–5), 0 for none: the single codes for i with a tone,
	 * either case.
	 */
	private static int vniIToneOf(char c) {
		int iTone = VNI_I.indexOf(Character.toLowerCase(c));
		if (iTone > 0 || (iTone < 0 && VNI_I_UPPER.indexOf(c) > 0)) {
			return iTone > 0 ? iTone : VNI_I_UPPER.indexOf(c);
		}
		return 0;
	}

	private static String compose(char vowel, int tone) {
		if (tone == 0) {
			return String.valueOf(vowel);
		}
		return Normalizer.normalize(vowel + String.valueOf(TONE_MARKS[tone]), Normalizer.Form.NFC);
	}

	/**
	 * Letters Vietnamese Unicode text has and Latin-1 lacks: ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9,
	 * combining tones.
	 */
	private static boolean isUnicodeVietnamese(char c) {
		return (c >= 0x1EA0 && c <= 0x1EF9) || c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ĩ' || c == 'Ĩ'
				|| c == 'ũ' || c == 'Ũ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || (c >= 0x0300 && c <= 0x0323);
	}

	private static boolean isLetter(char c) {
		return c < 0x100 ? LATIN1_LETTER[c] : Character.isLetter(c);
	}

	private static boolean isVniBase(char c) {
		return "aeouyAEOUYôÔöÖ".indexOf(c) >= 0;
	}

	private static boolean isVniModifier(char c) {
		return VNI_TONES.indexOf(c) >= 0 || VNI_TONES_UPPER.indexOf(c) >= 0 || c == 'â' || c == 'Â' || c == 'ê'
				|| c == 'Ê' || VNI_CIRCUMFLEX_TONES.indexOf(c) >= 0 || VNI_CIRCUMFLEX_TONES_UPPER.indexOf(c) >= 0
				|| VNI_BREVE_TONES.indexOf(c) >= 0 || VNI_BREVE_TONES_UPPER.indexOf(c) >= 0;
	}

	// tables for detect(), filled after the maps and strings above (static initialisers
	// run in textual order)
	private static final boolean[] TCVN3_LETTER_CODE = new boolean[0x100];

	private static final boolean[] VNI_MODIFIER_CODE = new boolean[0x100];

	private static final boolean[] VNI_BASE = new boolean[0x100];

	private static final boolean[] LATIN1_LETTER = new boolean[0x100];

	private static final Encoding[] ENCODINGS = Encoding.values();

	/**
	 * {@link #TCVN3_DECODE} as a table over its keys, all in U+0080–U+00FF, each one
	 * character; 0 for no code.
	 */
	private static final char[] TCVN3_DECODE_TABLE = new char[0x100];

	/** The ASCII letters {@link #decodeVni} looks at: a e i o u y in both cases. */
	private static final boolean[] VNI_ASCII_VOWEL = new boolean[0x80];

	/**
	 * {@link #vniIToneOf} below U+0100, and the VNI code tables by index below it (−1:
	 * not such a code).
	 */
	private static final byte[] VNI_I_TONE = new byte[0x100];

	private static final byte[] VNI_CIRCUMFLEX_INDEX = new byte[0x100];

	private static final byte[] VNI_BREVE_INDEX = new byte[0x100];

	private static final byte[] VNI_TONE_INDEX = new byte[0x100];

	/** Index in {@link #VOWELS} (all below U+01B1). */
	private static final byte[] VOWEL_INDEX = new byte[0x1B1];

	/**
	 * Per vowel of {@link #VOWELS} and tone 0–5: {@code compose(vowel, tone)}, then its
	 * upper case.
	 */
	private static final char[] COMPOSED = new char[VOWELS.length() * 6 * 2];

	private static final int ENCODING_BITS = 3;

	private static final int MAY_CHANGE_UNDER_NFC = 4;

	/**
	 * {@link #FLAGS} bit: a letter only Unicode Vietnamese text has
	 * ({@link #isUnicodeVietnamese}).
	 */
	private static final int UNICODE_LETTER = 1;

	/** {@link #FLAGS} bit: not {@link #isNfcInert(char)}. */
	private static final int NFC_UNSAFE = 2;

	/**
	 * Per character below U+20D0: {@link #UNICODE_LETTER} | {@link #NFC_UNSAFE};
	 * characters above are unsafe.
	 */
	private static final byte[] FLAGS = new byte[0x20D0];

	/**
	 * For {@link #quickScan}, every UTF-16 unit: {@link #UNICODE_LETTER} above U+00FF,
	 * {@link #NFC_UNSAFE}, and {@link #LATIN1_HIGH} for U+00A1–U+00FF.
	 */
	private static final byte[] QUICK = new byte[0x10000];

	private static final int LATIN1_HIGH = 4;

	static {
		for (char c = 0; c < 0x100; c++) {
			TCVN3_LETTER_CODE[c] = TCVN3_DECODE.containsKey(c);
			VNI_MODIFIER_CODE[c] = isVniModifier(c);
			VNI_BASE[c] = isVniBase(c);
			LATIN1_LETTER[c] = Character.isLetter(c);
		}
		for (char c = 0x100; c < 0xFFFF; c++) {
			if (isVniBase(c)) {
				throw new IllegalStateException("VNI base letter above Latin-1: " + (int) c);
			}
		}
		TCVN3_DECODE.forEach((code, letter) -> {
			if (code < 0x80 || code >= 0x100) {
				throw new IllegalStateException("TCVN3 code outside U+0080–U+00FF: " + (int) code);
			}
			if (letter.length() != 1 || letter.charAt(0) == 0) {
				throw new IllegalStateException("TCVN3 code not decoded to one character: " + (int) code);
			}
			TCVN3_DECODE_TABLE[code] = letter.charAt(0);
		});
		// after the detection tables: VN1 capitals are decoded but are no evidence of
		// TCVN3
		for (int i = 0; i < TCVN3_VN1_CAPITAL_CODES.length(); i++) {
			char code = TCVN3_VN1_CAPITAL_CODES.charAt(i);
			if (TCVN3_DECODE_TABLE[code] != 0) {
				throw new IllegalStateException("VN1 capital on a VN3 code: " + (int) code);
			}
			TCVN3_DECODE_TABLE[code] = TCVN3_VN1_CAPITALS.charAt(i);
		}
		for (char c : "aeiouyAEIOUY".toCharArray()) {
			VNI_ASCII_VOWEL[c] = true;
		}
		for (char c = 0; c < 0x100; c++) {
			VNI_I_TONE[c] = (byte) vniIToneOf(c);
			VNI_CIRCUMFLEX_INDEX[c] = (byte) indexIn(c, VNI_CIRCUMFLEX_TONES, VNI_CIRCUMFLEX_TONES_UPPER);
			VNI_BREVE_INDEX[c] = (byte) indexIn(c, VNI_BREVE_TONES, VNI_BREVE_TONES_UPPER);
			VNI_TONE_INDEX[c] = (byte) indexIn(c, VNI_TONES, VNI_TONES_UPPER);
		}
		java.util.Arrays.fill(VOWEL_INDEX, (byte) -1);
		for (int v = 0; v < VOWELS.length(); v++) {
			VOWEL_INDEX[VOWELS.charAt(v)] = (byte) v;
		}
		for (int v = 0; v < VOWELS.length(); v++) {
			for (int t = 0; t < 6; t++) {
				// one precomposed letter each (every Vietnamese vowel with every tone is
				// one)
				String s = compose(VOWELS.charAt(v), t);
				String upper = s.toUpperCase(Locale.ROOT);
				if (s.length() != 1 || upper.length() != 1) {
					throw new IllegalStateException("not one letter: " + s);
				}
				COMPOSED[(v * 6 + t) * 2] = s.charAt(0);
				COMPOSED[(v * 6 + t) * 2 + 1] = upper.charAt(0);
			}
		}
		for (char c = 0; c < FLAGS.length; c++) {
			FLAGS[c] = (byte) ((isUnicodeVietnamese(c) ? UNICODE_LETTER : 0) | (isNfcInert(c) ? 0 : NFC_UNSAFE));
		}
		for (int c = 0; c < QUICK.length; c++) {
			int f = c < FLAGS.length ? FLAGS[c] : NFC_UNSAFE;
			QUICK[c] = (byte) (c > 0xFF ? f : (f & NFC_UNSAFE) | (c >= 0xA1 ? LATIN1_HIGH : 0));
		}
	}

}
