package vn.tuyengiao.similarity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.text.DocumentText;
import vn.tuyengiao.text.LegacyVietnamese;
import vn.tuyengiao.text.LegacyVietnamese.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legacy-encoded Word file gives exactly the shingles of its Unicode twin, per TCVN3
 * and VNI letter, however the file says its font: on the run (ascii and hAnsi, or hAnsi
 * only), through a character style, a paragraph style based on another, the default
 * paragraph style, the document defaults, or nowhere (the encoding detected); and with
 * each letter split over runs, as Word splits runs at spelling marks.
 */
class LegacyDocxShinglesTest {

	private static final Fingerprinter FINGERPRINTER = new Fingerprinter(SimilarityConfig.DEFAULT);

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** How the legacy font reaches the runs. */
	enum FontPlace {

		RUN, RUN_HANSI_ONLY, CHARACTER_STYLE, PARAGRAPH_STYLE_BASED_ON, DEFAULT_PARAGRAPH_STYLE, DOC_DEFAULTS, NONE,
		RUN_SPLIT_PER_CHARACTER

	}

	@Test
	void everyLegacyLetterInADocxGivesTheUnicodeShinglesWhereverItsFontIsSet() throws IOException {
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Encoding e : List.of(Encoding.TCVN3, Encoding.VNI)) {
			String font = e == Encoding.TCVN3 ? ".VnTime" : "VNI-Times";
			for (FontPlace place : FontPlace.values()) {
				for (String letter : LegacyShinglesTest.letters()) {
					String unicode = LegacyShinglesTest.textWith(letter);
					String legacy = LegacyVietnamese.encode(unicode, e);
					byte[] docx = docx(legacy, font, place);
					String back = DocumentText.read("cam-ket.docx", docx).text();
					checked++;
					if (!java.util.Arrays.equals(Syllables.tokenize(back).hashes(),
							Syllables.tokenize(unicode).hashes())
							|| !java.util.Arrays.equals(FINGERPRINTER.fingerprint(back).shingles(),
									FINGERPRINTER.fingerprint(unicode).shingles())) {
						failures.add(e + " " + place + " «" + letter + "»: " + back);
					}
				}
			}
		}
		assertThat(checked).isEqualTo(2 * FontPlace.values().length * (12 * 6 * 2 + 2));
		assertThat(failures).isEmpty();
	}

	/**
	 * Capitals with tones as TCVN 5712:1993 VN1 codes them (bytes from {@code iconv -t
	 * TCVN5712-1}): C1 controls, the codes VN3 leaves free and C0 controls. A heading
	 * typed that way keeps its syllables, in a .txt file and in a .VnTime run alike.
	 */
	@Test
	void tcvn3CapitalsWithTonesWrittenWithTheVn1TableAreRead() throws IOException {
		String capitals = "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ";
		byte[] iconv = HexFormat.of()
			.parseHex("8081828384afbabfc085c1c2c3c4868788898a8bc5cdd9da8c8d8e8f909192939495"
					+ "96dbe0f0ff9798999a9b9c9d9e9f01020405061112131415161 7".replace(" ", ""));
		assertThat(iconv).hasSize(capitals.length());
		for (int i = 0; i < iconv.length; i++) {
			String code = new String(new byte[] { iconv[i] }, StandardCharsets.ISO_8859_1);
			assertThat(LegacyVietnamese.toUnicode(code, Encoding.TCVN3)).as("code %02X", iconv[i])
				.isEqualTo(String.valueOf(capitals.charAt(i)));
		}
		// "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN" and a body line, in VN1 bytes
		String heading = "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025";
		String body = "Tôi xin cam kết thực hiện tốt nghị quyết của Đảng, ỦY BAN nhân dân xã giao; TỰ PHÊ BÌNH nghiêm túc.";
		Function<String, byte[]> vn1 = s -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (char c : s.toCharArray()) {
				int k = capitals.indexOf(c);
				if (k >= 0) {
					out.write(iconv[k]);
				}
				else {
					out.write(LegacyVietnamese.encode(String.valueOf(c), Encoding.TCVN3).charAt(0));
				}
			}
			return out.toByteArray();
		};
		byte[] txt = concat(vn1.apply(heading), "\n".getBytes(StandardCharsets.US_ASCII), vn1.apply(body));
		String fromTxt = DocumentText.read("cam-ket.txt", txt).text();
		assertThat(fromTxt).isEqualTo(heading + "\n" + body);
		String inRun = new String(vn1.apply(heading), StandardCharsets.ISO_8859_1);
		// XML 1.0 cannot carry C0 controls: the heading has none of Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý
		// Ỵ
		String fromDocx = DocumentText.read("cam-ket.docx", docx(inRun, ".VnTime", FontPlace.RUN)).text();
		assertThat(fromDocx).isEqualTo(heading);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] p : parts) {
			out.writeBytes(p);
		}
		return out.toByteArray();
	}

	/**
	 * A minimal .docx, as a script would write one, with the font where {@code place}
	 * says.
	 */
	static byte[] docx(String text, String font, FontPlace place) throws IOException {
		String rFonts = "<w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\"/>";
		String runProps = switch (place) {
			case RUN, RUN_SPLIT_PER_CHARACTER -> "<w:rPr>" + rFonts + "</w:rPr>";
			case RUN_HANSI_ONLY -> "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"" + font + "\"/></w:rPr>";
			case CHARACTER_STYLE -> "<w:rPr><w:rStyle w:val=\"Legacy\"/></w:rPr>";
			default -> "";
		};
		String paragraphProps = place == FontPlace.PARAGRAPH_STYLE_BASED_ON
				? "<w:pPr><w:pStyle w:val=\"Body\"/><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr></w:pPr>"
				: "";
		StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"" + W + "\"><w:body>");
		for (String line : text.split("\n")) {
			doc.append("<w:p>").append(paragraphProps);
			List<String> pieces = new ArrayList<>();
			if (place == FontPlace.RUN_SPLIT_PER_CHARACTER) {
				line.codePoints().forEach(cp -> pieces.add(Character.toString(cp)));
			}
			else {
				pieces.add(line);
			}
			for (String piece : pieces) {
				doc.append("<w:r>")
					.append(runProps)
					.append("<w:t xml:space=\"preserve\">")
					.append(escape(piece))
					.append("</w:t></w:r>");
			}
			doc.append("</w:p>");
		}
		doc.append("</w:body></w:document>");
		String styles = switch (place) {
			case CHARACTER_STYLE ->
				"<w:style w:type=\"character\" w:styleId=\"Legacy\"><w:rPr>" + rFonts + "</w:rPr></w:style>";
			case PARAGRAPH_STYLE_BASED_ON -> "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:rPr>" + rFonts
					+ "</w:rPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:basedOn w:val=\"Base\"/></w:style>";
			case DEFAULT_PARAGRAPH_STYLE -> "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:rPr>"
					+ rFonts + "</w:rPr></w:style>";
			default -> "";
		};
		String defaults = place == FontPlace.DOC_DEFAULTS
				? "<w:docDefaults><w:rPrDefault><w:rPr>" + rFonts + "</w:rPr></w:rPrDefault></w:docDefaults>" : "";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
							+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
			put(zip, "_rels/.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
			put(zip, "word/document.xml", doc.toString());
			put(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">"
					+ defaults + styles + "</w:styles>");
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
