package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast composer gives the JDK normaliser's NFC wherever it answers, and gives up
 * (null) on what it does not handle, so {@link LegacyVietnamese#toUnicode(String)} is NFC
 * either way.
 */
class LatinNfcTest {

	private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữự"
			+ "yỳýỷỹỵđ";

	@Test
	void everyVietnameseLetterDecomposedComesBackPrecomposed() {
		String all = VIETNAMESE + VIETNAMESE.toUpperCase(java.util.Locale.ROOT);
		String nfd = Normalizer.normalize(all, Normalizer.Form.NFD);
		assertThat(nfd).hasSizeGreaterThan(all.length());
		assertThat(LatinNfc.compose(nfd)).isEqualTo(all);
		String sentence = "Tự phê bình và phê bình, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.";
		assertThat(LegacyVietnamese.toUnicode(Normalizer.normalize(sentence, Normalizer.Form.NFD))).isEqualTo(sentence);
	}

	@Test
	void agreesWithTheNormaliserOrGivesUp() {
		// letters, marks in any order and number, precomposed letters followed by marks,
		// punctuation, other scripts
		char[] alphabet = ("aeiouyAEIOUYdDnNcC ,.\n-" + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0308\u0327"
				+ "êÊơƯăàé" + "Ωж한")
			.toCharArray();
		Random random = new Random(16);
		int answered = 0;
		for (int t = 0; t < 20_000; t++) {
			StringBuilder sb = new StringBuilder();
			int length = 1 + random.nextInt(12);
			for (int i = 0; i < length; i++) {
				sb.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String text = sb.toString();
			String fast = LatinNfc.compose(text);
			if (fast != null) {
				answered++;
				assertThat(fast).as("%s", text.chars().mapToObj(Integer::toHexString).toList())
					.isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
			}
			assertThat(LegacyVietnamese.toUnicode(text, LegacyVietnamese.Encoding.UNICODE))
				.isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
		}
		// most short strings hold something it gives up on; enough are answered to
		// count
		assertThat(answered).isGreaterThan(2_000);
	}

	@Test
	void givesUpOnMarksItCannotPlace() {
		// a tone after a precomposed circumflex letter, marks in non-canonical order,
		// three marks, a mark first
		assertThat(LatinNfc.compose("e\u0302\u0301")).isEqualTo("ế");
		assertThat(LatinNfc.compose("ê\u0301")).isNull();
		assertThat(LatinNfc.compose("e\u0301\u0302")).isNull();
		assertThat(LatinNfc.compose("e\u0323\u0302\u0301")).isNull();
		assertThat(LatinNfc.compose("\u0301e")).isNull();
		assertThat(LatinNfc.compose("Ω")).isNull();
	}

}
