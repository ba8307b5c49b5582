package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VietnameseText#normalize}'s hand-written paths give what the regex and JDK
 * definitions give: NFC, runs of spaces as one, stripped, and the canonical tone
 * placement of open "oa", "oe", "uy", on random mixes of the characters that matter.
 */
class NormalizeFastPathTest {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

	@Test
	void sameAsTheRegexDefinitions() {
		String[] pieces = { "hoà", "hòa", "khoẻ", "khỏe", "thuỷ", "thủy", "quý", "hoàng", "Hoà", "HOÀ", "oà", "uỷ",
				"chi bộ", "Đảng", " ", "  ", "\t", "\u00A0", "\u200B", "\uFEFF", "\u2003", ",", ".", "1", "x",
				Normalizer.normalize("hoà", Normalizer.Form.NFD), Normalizer.normalize("thuỷ", Normalizer.Form.NFD),
				"o\u0300a", "\u0301", "𝐀", "ж", "toàn", "Thanh Hoá" };
		Random random = new Random(5);
		for (int t = 0; t < 30_000; t++) {
			StringBuilder sb = new StringBuilder();
			int n = 1 + random.nextInt(8);
			for (int i = 0; i < n; i++) {
				sb.append(pieces[random.nextInt(pieces.length)]);
			}
			String s = sb.toString();
			String expected = reference(s);
			assertThat(VietnameseText.normalize(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
				.isEqualTo(expected);
		}
	}

	@Test
	void placesTheToneOfOpenPairsCanonically() {
		assertThat(VietnameseText.normalize("  Văn hoá,  sức khoẻ và thuỷ lợi  "))
			.isEqualTo("Văn hóa, sức khỏe và thủy lợi");
		assertThat(VietnameseText.normalize("quý\u00A0\u00A0hoàng")).isEqualTo("quý hoàng");
	}

	/** The earlier implementation: NFC, regex spaces, strip, regex words. */
	private static String reference(String s) {
		String nfc = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
		var m = WORD.matcher(nfc);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (m.find()) {
			String fixed = ToneMarks.toCanonical(m.group());
			out.append(nfc, last, m.start()).append(fixed);
			last = m.end();
		}
		return out.append(nfc.substring(last)).toString();
	}

}
