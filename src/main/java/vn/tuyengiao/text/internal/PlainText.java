package vn.tuyengiao.text.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import vn.tuyengiao.text.DocumentProblem;
import vn.tuyengiao.text.LegacyVietnamese;

/**
 * Text of a plain-text file: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
 * else Windows-1258 or the bytes of a legacy font (TCVN3, VNI), as old Vietnamese Notepad
 * saved.
 */
public final class PlainText {

	private static final String TXT = "văn bản thuần (.txt)";

	private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final Pattern LEFTOVER_MARK = Pattern.compile("[\\p{M}\\uFFFD]");

	/**
	 * In real Windows-1258 text a tone mark follows a vowel (or another mark), never a
	 * consonant.
	 */
	private static final Pattern MARK_AFTER_CONSONANT = Pattern
		.compile("[^aăâeêioôơuưyAĂÂEÊIOÔƠUƯY\\u0300\\u0301\\u0303\\u0309\\u0323][\\u0300\\u0301\\u0303\\u0309\\u0323]");

	private PlainText() {
	}

	public static String read(String name, byte[] content) {
		if (FileKinds.startsWith(content, FileKinds.ZIP) || FileKinds.startsWith(content, FileKinds.OLE2)
				|| FileKinds.startsWith(content, FileKinds.PDF)) {
			throw FileKinds.mismatch(name, TXT);
		}
		String text;
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			text = decode(content, 3, StandardCharsets.UTF_8, name);
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			text = decode(content, 2, StandardCharsets.UTF_16LE, name);
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			text = decode(content, 2, StandardCharsets.UTF_16BE, name);
		}
		else if (utf16WithoutBom(content) != null) {
			text = decode(content, 0, utf16WithoutBom(content), name);
		}
		else {
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
			}
			catch (CharacterCodingException e) {
				// Not UTF-8: an old TCVN3/VNI file (its bytes are the legacy font's
				// codes), or Windows-1258 (tone marks
				// as combining characters), as old Vietnamese Notepad saved.
				// Windows-1258 comes first; its tone marks always attach to a vowel, so
				// marks left over after NFC (or
				// bytes it does not define) say the bytes are a legacy font's codes
				// instead.
				String raw1258 = new String(content, WINDOWS_1258);
				String cp1258 = java.text.Normalizer.normalize(raw1258, java.text.Normalizer.Form.NFC);
				String bytesAsCodes = new String(content, StandardCharsets.ISO_8859_1);
				boolean clean = !LEFTOVER_MARK.matcher(cp1258).find() && !MARK_AFTER_CONSONANT.matcher(raw1258).find();
				text = clean || LegacyVietnamese.detect(bytesAsCodes) == LegacyVietnamese.Encoding.UNICODE ? cp1258
						: bytesAsCodes;
			}
		}
		int control = 0;
		int vn1 = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
				// TCVN3 files written with the VN1 table put Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ here
				if (c == 1 || c == 2 || (c >= 4 && c <= 6) || (c >= 0x11 && c <= 0x17)) {
					vn1++;
				}
			}
		}
		if (vn1 > 0 && LegacyVietnamese.detect(text) == LegacyVietnamese.Encoding.TCVN3) {
			control -= vn1;
		}
		if (control > Math.max(2, text.length() / 100)) {
			throw FileKinds.mismatch(name, TXT);
		}
		return text;
	}

	/**
	 * UTF-16 saved without a byte-order mark: one of every two bytes is zero in
	 * Latin-script text.
	 */
	private static Charset utf16WithoutBom(byte[] b) {
		int n = Math.min(b.length - b.length % 2, 4000);
		if (n < 4) {
			return null;
		}
		int evenZero = 0;
		int oddZero = 0;
		for (int i = 0; i < n; i += 2) {
			if (b[i] == 0) {
				evenZero++;
			}
			if (b[i + 1] == 0) {
				oddZero++;
			}
		}
		int pairs = n / 2;
		if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static String decode(byte[] b, int offset, Charset cs, String name) {
		try {
			return cs.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(b, offset, b.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw DocumentProblem.invalid("badEncoding", name);
		}
	}

}
