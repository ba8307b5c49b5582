package vn.tuyengiao.text;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tuyengiao.similarity.internal.InputDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commitment typed in TCVN3 (.VnTime) and saved as .docx by LibreOffice: its "ư" (0xAD)
 * became soft-hyphen elements. Both readers of .docx files (the commitment upload and the
 * similarity batch command) must give "ư" back.
 */
class WordRunTextTest {

	static final String FIXTURE = "/commitment/cam-ket-vntime-libreoffice.docx";

	@Test
	void tcvn3SoftHyphenElementsAreReadAsTheLetterU() throws Exception {
		StringBuilder plain = new StringBuilder();
		StringBuilder unicode = new StringBuilder();
		try (InputStream in = getClass().getResourceAsStream(FIXTURE); XWPFDocument doc = new XWPFDocument(in)) {
			for (XWPFParagraph p : doc.getParagraphs()) {
				for (XWPFRun run : p.getRuns()) {
					String font = run.getFontFamily();
					plain.append(run.text());
					unicode.append(LegacyVietnamese.toUnicode(WordRunText.of(run, font),
							LegacyVietnamese.fromFontName(font), LegacyVietnamese.isUpperCaseFont(font)));
				}
				unicode.append('\n');
			}
		}
		// What POI alone gives: the soft hyphen, TCVN3's "ư", is gone.
		assertThat(LegacyVietnamese.toUnicode(plain.toString(), LegacyVietnamese.Encoding.TCVN3)).contains("Hiệu trởng")
			.doesNotContain("Hiệu trưởng");
		assertThat(unicode.toString()).contains("BẢN CAM KẾT TU DƯỠNG", "Chức vụ: Hiệu trưởng",
				"1. Về tư tưởng chính trị", "nơi cư trú");
	}

	@Test
	void theSimilarityCommandReadsItTheSameWay(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("tran-thi-b.docx");
		try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
			Files.copy(in, file);
		}
		assertThat(InputDocuments.readFile(file)).contains("Chức vụ: Hiệu trưởng", "Về tư tưởng chính trị");
	}

	@Test
	void oldWordOptionalHyphensInTcvn3RunsAreTheLetterU() {
		assertThat(WordRunText.legacyDocRun("t\u001F\u00ACng", ".VnTime")).isEqualTo("t\u00AD\u00ACng");
		assertThat(WordRunText.legacyDocRun("t\u001Fng", "Times New Roman")).isEqualTo("t\u001Fng");
	}

}
