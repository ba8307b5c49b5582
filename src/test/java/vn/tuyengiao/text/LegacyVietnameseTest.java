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
		assertThat(LegacyVietnamese.toUnicode("Häc tËp vµ lµm theo t­ t­ëng, ®¹o ®øc, phong c¸ch Hå ChÝ Minh",
				Encoding.TCVN3))
			.isEqualTo("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
		assertThat(LegacyVietnamese.toUnicode("ñaûng vieân", Encoding.VNI)).isEqualTo("đảng viên");
		assertThat(LegacyVietnamese.toUnicode("Hoïc taäp vaø laøm theo tö töôûng, ñaïo ñöùc, phong caùch Hoà Chí Minh",
				Encoding.VNI))
			.isEqualTo("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
		assertThat(LegacyVietnamese.toUnicode("ÑAÛNG COÄNG SAÛN VIEÄT NAM", Encoding.VNI))
			.isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(LegacyVietnamese.toUnicode("khaéc phuïc khuyeát ñieåm, yù thöùc kyû luaät, ngöôøi", Encoding.VNI))
			.isEqualTo("khắc phục khuyết điểm, ý thức kỷ luật, người");
	}

	@Test
	void encodeMatchesThePublishedTables() {
		assertThat(LegacyVietnamese.encode("Đảng viên", Encoding.TCVN3)).isEqualTo("§¶ng viªn");
		assertThat(LegacyVietnamese.encode("đảng viên", Encoding.VNI)).isEqualTo("ñaûng vieân");
		assertThat(LegacyVietnamese.encode("tư tưởng, mỹ, kỵ, nghĩa", Encoding.TCVN3))
			.isEqualTo("t\u00AD t\u00ADëng, mü, kþ, nghÜa");
		assertThat(LegacyVietnamese.encode("tư tưởng, mỹ, kỵ, nghĩa", Encoding.VNI))
			.isEqualTo("tö töôûng, myõ, kî, nghóa");
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
		// ABC has no capitals with tones ("HUYỆN ỦY" is typed in .VnTimeH): they come
		// back in lower case only
		assertThat(back).isEqualToIgnoringCase(text);
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		assertThat(LegacyVietnamese.toUnicode(LegacyVietnamese.encode(lower, Encoding.TCVN3), Encoding.TCVN3))
			.isEqualTo(lower);
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
		assertThat(LegacyVietnamese.detect(Normalizer.normalize(text, Normalizer.Form.NFD)))
			.isEqualTo(Encoding.UNICODE);
		assertThat(LegacyVietnamese.detect(LegacyVietnamese.encode(text, Encoding.TCVN3))).isEqualTo(Encoding.TCVN3);
		assertThat(LegacyVietnamese.detect(LegacyVietnamese.encode(text, Encoding.VNI))).isEqualTo(Encoding.VNI);
		// short phrases too
		for (String s : new String[] { "Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025", "Chi bộ ấp Vĩnh Lợi",
				"Đảng viên", "tôi hứa sẽ khắc phục" }) {
			assertThat(LegacyVietnamese.detect(s)).as(s).isEqualTo(Encoding.UNICODE);
			assertThat(LegacyVietnamese.detect(LegacyVietnamese.encode(s, Encoding.TCVN3))).as(s)
				.isEqualTo(Encoding.TCVN3);
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
		// each NFC-inert character is its own NFC form, is no mark and has combining
		// class 0 (a mark of class 240
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
		// and none composes with a character before it: none is a later part of any
		// canonical decomposition
		for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
			if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
				continue;
			}
			String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
			for (int k = 1; k < d.length(); k++) {
				assertThat(LegacyVietnamese.isNfcInert(d.charAt(k)))
					.as("U+%04X in the decomposition of U+%04X", (int) d.charAt(k), cp)
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

	@Test
	void detectionCountsAsTheOriginalCharacterByCharacterRules() {
		java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
		String[] pieces = { "a", "e", "o", "u", "y", "A", "ô", "Ö", "ñ", "Ñ", "ù", "ø", "â", "ê", "ä", "ë", "µ", "¶",
				"§", "ª", "\u00AD", "ng", "t", " ", ".", "\n", "ư", "ơ", "đ", "ạ", "ệ", "\u0301", "中", "Ω", "1" };
		for (int t = 0; t < 100_000; t++) {
			StringBuilder sb = new StringBuilder();
			int len = rnd.nextInt(16);
			for (int i = 0; i < len; i++) {
				if (rnd.nextInt(4) == 0) {
					sb.append((char) (rnd.nextBoolean() ? 0x80 + rnd.nextInt(0x80) : rnd.nextInt(0x2200)));
				}
				else {
					sb.append(pieces[rnd.nextInt(pieces.length)]);
				}
			}
			String s = sb.toString();
			assertThat(LegacyVietnamese.detect(s)).as(s).isEqualTo(originalDetect(s));
		}
	}

	/**
	 * The TCVN3 codes above ASCII: toned and shaped vowels (the ABC table), then Ă Â Ê Ô
	 * Ơ Ư Đ đ.
	 */
	private static final String TCVN3_CODES = "\u00B5\u00B6\u00B7\u00B8\u00B9\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6"
			+ "\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CE\u00CF\u00D0\u00D1\u00AA\u00D2\u00D3\u00D4\u00D5"
			+ "\u00D6\u00D7\u00D8\u00DC\u00DD\u00DE\u00DF\u00E1\u00E2\u00E3\u00E4\u00AB\u00E5\u00E6\u00E7\u00E8"
			+ "\u00E9\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F1\u00F2\u00F3\u00F4\u00AD\u00F5\u00F6\u00F7"
			+ "\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00AE";

	/**
	 * {@link LegacyVietnamese#detect} as first written, before its lookup tables: the
	 * oracle for them.
	 */
	private static Encoding originalDetect(String text) {
		if (text == null || text.isEmpty()) {
			return Encoding.UNICODE;
		}
		int unicode = 0;
		int tcvn = 0;
		int vni = 0;
		char prev = ' ';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xFF) {
				if ((c >= 0x1EA0 && c <= 0x1EF9) || "ăĂđĐĩĨũŨơƠưƯ".indexOf(c) >= 0 || (c >= 0x0300 && c <= 0x0323)) {
					unicode++;
				}
			}
			else if ((c >= 0xA1 && c <= 0xAE) || (c >= 0xB5 && c <= 0xBE && c != 0xBA)) {
				tcvn++;
			}
			else if (c >= 0xC0) {
				boolean vniModifier = "øûõùïØÛÕÙÏâÂêÊàåãáäÀÅÃÁÄèúüéëÈÚÜÉË".indexOf(c) >= 0;
				boolean tcvnLetter = TCVN3_CODES.indexOf(c) >= 0;
				if (vniModifier && "aeouyAEOUYôÔöÖ".indexOf(prev) >= 0) {
					vni++;
				}
				else if (c == 'ñ' || c == 'Ñ') {
					if (!Character.isLetter(prev)) {
						vni++;
					}
				}
				else if (tcvnLetter && Character.isLetter(prev)) {
					tcvn++;
				}
			}
			prev = c;
		}
		if (unicode == 0 && tcvn == 0 && vni == 0) {
			return Encoding.UNICODE;
		}
		if (unicode * 2 >= Math.max(tcvn, vni)) {
			return Encoding.UNICODE;
		}
		return tcvn >= vni ? Encoding.TCVN3 : Encoding.VNI;
	}

}
