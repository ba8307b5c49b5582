package vn.tuyengiao.similarity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.text.LegacyVietnamese;
import vn.tuyengiao.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Vietnamese letter (each vowel with each tone, ă â ê ô ơ ư, đ; lower and upper
 * case) written in TCVN3 or VNI converts back to text with exactly the syllables and
 * shingles of the Unicode text, by the explicit encoding and by detection.
 */
class LegacyShinglesTest {

	private static final String VOWELS = "aăâeêioôơuưy";

	/** Combining tone marks: none, huyền, hỏi, ngã, sắc, nặng. */
	private static final String[] TONES = { "", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323" };

	private static final Fingerprinter FINGERPRINTER = new Fingerprinter(SimilarityConfig.DEFAULT);

	static List<String> letters() {
		List<String> out = new ArrayList<>();
		for (char v : VOWELS.toCharArray()) {
			for (String t : TONES) {
				String lower = Normalizer.normalize(v + t, Normalizer.Form.NFC);
				out.add(lower);
				out.add(lower.toUpperCase(Locale.ROOT));
			}
		}
		out.add("đ");
		out.add("Đ");
		return out;
	}

	/** The letter alone, inside a syllable, and starting a capitalised sentence. */
	static String textWith(String letter) {
		return "Tôi cam kết " + letter + " và b" + letter + "n, th" + letter + "c hiện tốt. " + letter
				+ "m đã học nghị quyết.";
	}

	@Test
	void everyLetterInTcvn3AndVniGivesTheUnicodeSyllablesAndShingles() {
		List<String> letters = letters();
		assertThat(letters).hasSize(12 * 6 * 2 + 2);
		List<String> failures = new ArrayList<>();
		for (Encoding e : List.of(Encoding.TCVN3, Encoding.VNI)) {
			for (String letter : letters) {
				String unicode = textWith(letter);
				long[] expected = Syllables.tokenize(unicode).hashes();
				int[] shingles = FINGERPRINTER.fingerprint(unicode).shingles();
				String legacy = LegacyVietnamese.encode(unicode, e);
				for (String back : List.of(LegacyVietnamese.toUnicode(legacy, e), LegacyVietnamese.toUnicode(legacy))) {
					long[] got = Syllables.tokenize(back).hashes();
					if (!java.util.Arrays.equals(got, expected)
							|| !java.util.Arrays.equals(FINGERPRINTER.fingerprint(back).shingles(), shingles)) {
						failures.add(e + " " + letter + " (U+" + Integer.toHexString(letter.charAt(0)) + "): " + unicode
								+ " -> " + legacy + " -> " + back);
					}
				}
				// the fingerprint of the legacy text as the batch command reads it
				assertThat(LegacyVietnamese.detect(legacy)).as(e + " " + letter).isEqualTo(e);
			}
		}
		assertThat(failures).isEmpty();
	}

}
