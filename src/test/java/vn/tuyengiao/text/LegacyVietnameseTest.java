package vn.tuyengiao.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyVietnameseTest {

	private static String corpus() throws IOException {
		try (InputStream in = LegacyVietnameseTest.class.getResourceAsStream("/text/vietnamese-corpus.txt")) {
			return Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
		}
	}

	@Test
	void knownTcvn3AndVniSpellingsOfPartyWords() {
		assertThat(LegacyVietnamese.toUnicode("§¶ng viªn", Encoding.TCVN3)).isEqualTo("Đảng viên");
		assertThat(LegacyVietnamese.toUnicode("®¶ng viªn", Encoding.TCVN3)).isEqualTo("đảng viên");
		assertThat(LegacyVietnamese.toUnicode("Häc tËp vµ lµm theo t­ t­ëng, ®¹o ®øc, phong c¸ch Hå ChÝ Minh", Encoding.TCVN3))
			.isEqualTo("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
		assertThat(LegacyVietnamese.toUnicode("ñaûng vieân", Encoding.VNI)).isEqualTo("đảng viên");
		assertThat(LegacyVietnamese.toUnicode("Hoïc taäp vaø laøm theo tö töôûng, ñaïo ñöùc, phong caùch Hoà Chí Minh",
				Encoding.VNI))
			.isEqualTo("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
		assertThat(LegacyVietnamese.toUnicode("ÑAÛNG COÄNG SAÛN VIEÄT NAM", Encoding.VNI)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(LegacyVietnamese.toUnicode("khaéc phuïc khuyeát ñieåm, yù thöùc kyû luaät, ngöôøi", Encoding.VNI))
			.isEqualTo("khắc phục khuyết điểm, ý thức kỷ luật, người");
	}

	@Test
	void encodeMatchesThePublishedTables() {
		assertThat(LegacyVietnamese.encode("Đảng viên", Encoding.TCVN3)).isEqualTo("§¶ng viªn");
		assertThat(LegacyVietnamese.encode("đảng viên", Encoding.VNI)).isEqualTo("ñaûng vieân");
		assertThat(LegacyVietnamese.encode("tư tưởng, mỹ, kỵ, nghĩa", Encoding.TCVN3)).isEqualTo("t\u00AD t\u00ADëng, mü, kþ, nghÜa");
		assertThat(LegacyVietnamese.encode("tư tưởng, mỹ, kỵ, nghĩa", Encoding.VNI)).isEqualTo("tö töôûng, myõ, kî, nghóa");
		assertThat(LegacyVietnamese.encode("Văn hóa", Encoding.UNICODE)).isEqualTo("Văn hóa");
	}

	@Test
	void roundTripOverVietnameseReports() throws IOException {
		String text = corpus();
		String vni = LegacyVietnamese.encode(text, Encoding.VNI);
		assertThat(vni).isNotEqualTo(text);
		assertThat(LegacyVietnamese.toUnicode(vni, Encoding.VNI)).isEqualTo(text);
		String tcvn = LegacyVietnamese.encode(text, Encoding.TCVN3);
		String back = LegacyVietnamese.toUnicode(tcvn, Encoding.TCVN3);
		// ABC has no capitals with tones ("HUYỆN ỦY" is typed in .VnTimeH): they come back in lower case only
		assertThat(back).isEqualToIgnoringCase(text);
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		assertThat(LegacyVietnamese.toUnicode(LegacyVietnamese.encode(lower, Encoding.TCVN3), Encoding.TCVN3)).isEqualTo(lower);
		assertThat(LegacyVietnamese.toUnicode(Normalizer.normalize(text, Normalizer.Form.NFD), Encoding.UNICODE))
			.isEqualTo(text);
	}

	@Test
	void upperCaseFontGivesCapitals() {
		String typed = LegacyVietnamese.encode("huyện ủy vĩnh thuận", Encoding.TCVN3);
		assertThat(LegacyVietnamese.isUpperCaseFont(".VnTimeH")).isTrue();
		assertThat(LegacyVietnamese.isUpperCaseFont(".VnTime")).isFalse();
		assertThat(LegacyVietnamese.toUnicode(typed, Encoding.TCVN3, true)).isEqualTo("HUYỆN ỦY VĨNH THUẬN");
	}

	@Test
	void detectsEachEncodingFromItsCharacters() throws IOException {
		String text = corpus();
		assertThat(LegacyVietnamese.detect(text)).isEqualTo(Encoding.UNICODE);
		assertThat(LegacyVietnamese.detect(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(Encoding.UNICODE);
		assertThat(LegacyVietnamese.detect(LegacyVietnamese.encode(text, Encoding.TCVN3))).isEqualTo(Encoding.TCVN3);
		assertThat(LegacyVietnamese.detect(LegacyVietnamese.encode(text, Encoding.VNI))).isEqualTo(Encoding.VNI);
		// short phrases too
		for (String s : new String[] { "Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025", "Chi bộ ấp Vĩnh Lợi",
				"Đảng viên", "tôi hứa sẽ khắc phục" }) {
			assertThat(LegacyVietnamese.detect(s)).as(s).isEqualTo(Encoding.UNICODE);
			assertThat(LegacyVietnamese.detect(LegacyVietnamese.encode(s, Encoding.TCVN3))).as(s).isEqualTo(Encoding.TCVN3);
			assertThat(LegacyVietnamese.detect(LegacyVietnamese.encode(s, Encoding.VNI))).as(s).isEqualTo(Encoding.VNI);
		}
		assertThat(LegacyVietnamese.detect("Plain English, no Vietnamese at all.")).isEqualTo(Encoding.UNICODE);
		assertThat(LegacyVietnamese.detect("")).isEqualTo(Encoding.UNICODE);
	}

	@Test
	void fontNamesTellTheEncoding() {
		assertThat(LegacyVietnamese.fromFontName(".VnTime")).isEqualTo(Encoding.TCVN3);
		assertThat(LegacyVietnamese.fromFontName(".VnTimeH")).isEqualTo(Encoding.TCVN3);
		assertThat(LegacyVietnamese.fromFontName(".VnArial")).isEqualTo(Encoding.TCVN3);
		assertThat(LegacyVietnamese.fromFontName("VNI-Times")).isEqualTo(Encoding.VNI);
		assertThat(LegacyVietnamese.fromFontName("VNI-Helve")).isEqualTo(Encoding.VNI);
		assertThat(LegacyVietnamese.fromFontName("Times New Roman")).isEqualTo(Encoding.UNICODE);
		assertThat(LegacyVietnamese.fromFontName(null)).isEqualTo(Encoding.UNICODE);
	}

	@Test
	void normaliserIsSkippedOnlyForCharactersNfcCannotChange() {
		// each NFC-inert character is its own NFC form, is no mark and has combining class 0 (a mark of class 240
		// before it is not reordered after it)
		for (char c = 0; c < 0xFFFF; c++) {
			if (!LegacyVietnamese.isNfcInert(c)) {
				continue;
			}
			String s = String.valueOf(c);
			assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
			int type = Character.getType(c);
			assertThat(type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
					&& type != Character.ENCLOSING_MARK)
				.as("U+%04X", (int) c)
				.isTrue();
			assertThat(Normalizer.normalize("a\u0345" + c, Normalizer.Form.NFC)).as("U+%04X", (int) c)
				.isEqualTo("a\u0345" + c);
		}
		// and none composes with a character before it: none is a later part of any canonical decomposition
		for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
			if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
				continue;
			}
			String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
			for (int k = 1; k < d.length(); k++) {
				assertThat(LegacyVietnamese.isNfcInert(d.charAt(k))).as("U+%04X in the decomposition of U+%04X",
						(int) d.charAt(k), cp)
					.isFalse();
			}
		}
	}

	@Test
	void oneStepConversionEqualsDetectThenConvert() throws IOException {
		String text = corpus();
		java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(text,
				Normalizer.normalize(text, Normalizer.Form.NFD), LegacyVietnamese.encode(text, Encoding.TCVN3),
				LegacyVietnamese.encode(text, Encoding.VNI), "", "Plain English.", "Ω Å K ﬁ \u2000 \u1100\u1161",
				"\u0958 \u1F71 \uD834\uDD5E \uAC00\u11A8 “trích dẫn” – 10.000 ₫"));
		java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
		for (int t = 0; t < 20_000; t++) {
			StringBuilder sb = new StringBuilder();
			int len = rnd.nextInt(12);
			for (int i = 0; i < len; i++) {
				int pick = rnd.nextInt(4);
				sb.append((char) (pick == 0 ? rnd.nextInt(0x80) : pick == 1 ? 0x80 + rnd.nextInt(0x300)
						: pick == 2 ? 0x1D00 + rnd.nextInt(0x400) : rnd.nextInt(0x10000)));
			}
			texts.add(sb.toString());
		}
		for (String s : texts) {
			String expected = LegacyVietnamese.toUnicode(s, LegacyVietnamese.detect(s));
			assertThat(LegacyVietnamese.toUnicode(s)).isEqualTo(expected);
			if (LegacyVietnamese.detect(s) == Encoding.UNICODE) {
				assertThat(expected).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
			}
		}
	}

}
