package vn.tuyengiao.commitment;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.commitment.internal.CommitmentText;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.text.LegacyVietnamese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading what members hand in: every format, legacy encodings, and every kind of bad
 * file.
 */
class CommitmentTextTest {

	static final String TEXT = Samples.text("Huỳnh Thị Lan", "Hiệu trưởng");

	static final long MB = 1024 * 1024;

	@Test
	void aUnicodeDocxIsReadParagraphByParagraph() throws Exception {
		var x = CommitmentText.extract("Huynh Thi Lan.docx",
				Samples.docx(TEXT, "Times New Roman", LegacyVietnamese.Encoding.UNICODE));
		assertThat(x.text()).startsWith("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026\nHọ và tên: Huỳnh Thị Lan")
			.contains("Biện pháp khắc phục");
		assertThat(x.sourceEncoding()).isEqualTo(LegacyVietnamese.Encoding.UNICODE);
		assertThat(x.mediaType()).contains("wordprocessingml");
	}

	@Test
	void aTcvn3DocxInVnTimeIsConvertedToUnicode() throws Exception {
		byte[] docx = Samples.docx(TEXT, ".VnTime", LegacyVietnamese.Encoding.TCVN3);
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx));
				var plain = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			// The file really holds TCVN3 codes ("Hä vµ tªn"), not Unicode.
			assertThat(plain.getText()).doesNotContain("Huỳnh Thị Lan").contains("Hä vµ tªn");
		}
		var x = CommitmentText.extract("cam-ket-vntime.docx", docx);
		assertThat(x.sourceEncoding()).isEqualTo(LegacyVietnamese.Encoding.TCVN3);
		assertThat(x.text()).isEqualTo(CommitmentText.normalize(TEXT));
		assertThat(Normalizer.isNormalized(x.text(), Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void aVniDocxIsConvertedToUnicode() throws Exception {
		byte[] docx = Samples.docx(TEXT, "VNI-Times", LegacyVietnamese.Encoding.VNI);
		var x = CommitmentText.extract("cam-ket-vni.docx", docx);
		assertThat(x.sourceEncoding()).isEqualTo(LegacyVietnamese.Encoding.VNI);
		assertThat(x.text()).isEqualTo(CommitmentText.normalize(TEXT));
	}

	/**
	 * Word 97–2003 files: the fixtures are the two .docx samples above saved as .doc by
	 * LibreOffice 7.4 (one in Times New Roman, one typed in TCVN3 with .VnTime /
	 * .VnTimeH), so they are what an old office PC hands in.
	 */
	@Test
	void aWord97DocIsReadAndItsTcvn3RunsConverted() throws Exception {
		var unicode = CommitmentText.extract("Huynh Thi Lan.doc", fixture("cam-ket-unicode.doc"));
		assertThat(unicode.sourceEncoding()).isEqualTo(LegacyVietnamese.Encoding.UNICODE);
		assertThat(unicode.mediaType()).isEqualTo("application/msword");
		assertThat(unicode.text()).isEqualTo(CommitmentText.normalize(TEXT));

		byte[] legacy = fixture("cam-ket-vntime.doc");
		var vntime = CommitmentText.extract("cam-ket-vntime.doc", legacy);
		assertThat(vntime.sourceEncoding()).isEqualTo(LegacyVietnamese.Encoding.TCVN3);
		assertThat(vntime.text()).isEqualTo(CommitmentText.normalize(TEXT));
		// Saved again as .docx by LibreOffice: TCVN3 "ư" (0xAD) is now a <w:softHyphen/>
		// element, still read as "ư".
		byte[] resaved = fixture("cam-ket-vntime-libreoffice.docx");
		assertThat(new String(resaved, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("softHyphen"); // zipped
		var fromDocx = CommitmentText.extract("cam-ket-vntime-libreoffice.docx", resaved);
		assertThat(fromDocx.sourceEncoding()).isEqualTo(LegacyVietnamese.Encoding.TCVN3);
		assertThat(fromDocx.text()).isEqualTo(CommitmentText.normalize(TEXT));
		// The same bytes under a .docx name are refused, saying it is really an old Word
		// file.
		assertRefused(() -> CommitmentText.extract("cam-ket-vntime.docx", legacy), "commitment.file.docNamedDocx",
				"cam-ket-vntime.docx");
	}

	private static byte[] fixture(String name) throws java.io.IOException {
		try (var in = CommitmentTextTest.class.getResourceAsStream("/commitment/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void textIsNormalisedToNfcAndOneTonePlacement() {
		String nfdOldTones = Normalizer.normalize("Tôi cam kết giữ gìn hoà khí, tuỳ theo nhiệm vụ",
				Normalizer.Form.NFD);
		var x = CommitmentText.extract("ghi-chu.txt", nfdOldTones.getBytes(StandardCharsets.UTF_8));
		assertThat(x.text()).isEqualTo("Tôi cam kết giữ gìn hòa khí, tùy theo nhiệm vụ");
	}

	@Test
	void textFilesInUtf16AndWindows1258AreRead() {
		String line = "Phấn đấu hoàn thành xuất sắc nhiệm vụ năm 2026";
		byte[] utf16 = ("\uFEFF" + line).getBytes(StandardCharsets.UTF_16LE);
		assertThat(CommitmentText.extract("a.txt", utf16).text()).isEqualTo(line);
		byte[] utf16NoBom = line.getBytes(StandardCharsets.UTF_16LE);
		assertThat(CommitmentText.extract("b.txt", utf16NoBom).text()).isEqualTo(line);
		// Windows-1258 keeps tone marks as combining characters: "ấ" is "â" + U+0301.
		byte[] cp1258 = windows1258Form(line).getBytes(Charset.forName("windows-1258"));
		assertThat(CommitmentText.extract("c.txt", cp1258).text()).isEqualTo(line);
	}

	@Test
	void aVniTextFileIsDetectedAndConverted() {
		String line = "Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao, giữ gìn phẩm chất đạo đức";
		byte[] vni = LegacyVietnamese.encode(line, LegacyVietnamese.Encoding.VNI).getBytes(StandardCharsets.ISO_8859_1);
		var x = CommitmentText.extract("cam-ket-vni.txt", vni);
		assertThat(x.sourceEncoding()).isEqualTo(LegacyVietnamese.Encoding.VNI);
		assertThat(x.text()).isEqualTo(line);
	}

	@Test
	void aPdfWithATextLayerIsRead() throws Exception {
		var x = CommitmentText.extract("ban-cam-ket.pdf", Samples.pdf(TEXT, false));
		assertThat(x.text()).contains("Họ và tên: Huỳnh Thị Lan").contains("Về tư tưởng chính trị");
		assertThat(x.mediaType()).isEqualTo("application/pdf");
	}

	/**
	 * The form Windows-1258 stores: vowels with their hat or horn precomposed, the tone
	 * mark as a combining character.
	 */
	static String windows1258Form(String s) {
		StringBuilder sb = new StringBuilder();
		for (char c : s.toCharArray()) {
			String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			String tone = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
			String base = Normalizer.normalize(d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
					Normalizer.Form.NFC);
			sb.append(base).append(tone);
		}
		return sb.toString();
	}

	// ---- bad input: each refused with a message key naming the file

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(() -> CommitmentText.extract("trong.docx", new byte[0]), "commitment.file.empty", "trong.docx");
	}

	@Test
	void anImageOnlyPdfIsRefused() throws Exception {
		assertRefused(() -> CommitmentText.extract("ban-scan.pdf", Samples.imageOnlyPdf()),
				"commitment.file.imageOnlyPdf", "ban-scan.pdf");
	}

	@Test
	void aZipBombDocxIsRefused() throws Exception {
		byte[] bomb = Samples.zipBombDocx();
		assertThat(bomb.length).isLessThan(200_000);
		assertRefused(() -> CommitmentText.extract("cam-ket.docx", bomb), "commitment.file.zipBomb", "cam-ket.docx");
	}

	@Test
	void a30MbUploadIsRefusedBeforeReadingIt() {
		long size = 30 * MB;
		assertRefused(() -> CommitmentText.extract("ban-cam-ket-nang.pdf", new ByteArrayInputStream(new byte[0]), size,
				10 * MB), "commitment.file.tooLarge", "ban-cam-ket-nang.pdf");
		// A stream that does not say its size is cut one byte past the cap.
		byte[] big = new byte[(int) (10 * MB) + 10];
		AppException ex = catchApp(() -> CommitmentText.extract("lon.txt", new ByteArrayInputStream(big), -1, 10 * MB));
		assertThat(ex.messageKey()).isEqualTo("commitment.file.tooLarge");
		assertThat(ex.status()).isEqualTo(413);
	}

	@Test
	void passwordProtectedFilesAreRefused() throws Exception {
		assertRefused(() -> CommitmentText.extract("co-mat-khau.docx", Samples.encryptedDocx(TEXT)),
				"commitment.file.encrypted", "co-mat-khau.docx");
		assertRefused(() -> CommitmentText.extract("co-mat-khau.pdf", Samples.pdf(TEXT, true)),
				"commitment.file.encrypted", "co-mat-khau.pdf");
	}

	@Test
	void aFileThatIsNotWhatItsExtensionSaysIsRefused() throws Exception {
		byte[] docx = Samples.docx(TEXT, "Times New Roman", LegacyVietnamese.Encoding.UNICODE);
		assertRefused(() -> CommitmentText.extract("that-ra-la-word.pdf", docx), "commitment.file.mismatch",
				"that-ra-la-word.pdf");
		assertRefused(
				() -> CommitmentText.extract("anh-chup.docx",
						new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x20, 1, 2 }),
				"commitment.file.mismatch", "anh-chup.docx");
		assertRefused(() -> CommitmentText.extract("ban-pdf.txt", Samples.pdf(TEXT, false)), "commitment.file.mismatch",
				"ban-pdf.txt");
		assertRefused(() -> CommitmentText.extract("ban-word.doc", docx), "commitment.file.mismatch", "ban-word.doc");
		assertRefused(() -> CommitmentText.extract("anh.jpg", docx), "commitment.file.unsupported", "anh.jpg");
	}

	@Test
	void checkedByContentNotByName() throws Exception {
		// A zip that is no Word document, named .docx.
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("anh.png"));
			zip.write(new byte[] { 1, 2, 3 });
			zip.closeEntry();
		}
		AppException ex = catchApp(() -> CommitmentText.extract("nen.docx", out.toByteArray()));
		assertThat(ex.messageKey()).isIn("commitment.file.mismatch", "commitment.file.corrupt");
		assertThat(ex.args()).contains("nen.docx");
	}

	interface ThrowingRunnable {

		void run() throws Exception;

	}

	static void assertRefused(ThrowingRunnable call, String key, String fileName) {
		AppException ex = catchApp(call);
		assertThat(ex.messageKey()).isEqualTo(key);
		assertThat(ex.args()).contains(fileName);
	}

	static AppException catchApp(ThrowingRunnable call) {
		try {
			call.run();
		}
		catch (AppException ex) {
			return ex;
		}
		catch (Exception ex) {
			throw new AssertionError("unexpected failure", ex);
		}
		throw new AssertionError("the file was accepted");
	}

}
