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

}
