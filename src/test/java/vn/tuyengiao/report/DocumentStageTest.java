package vn.tuyengiao.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.report.PartyDocument.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preview or draft says "DỰ THẢO" and leaves the number blank; an issued copy is
 * numbered and says "(Đã ký)" above the signer's name, as officials mark a copy of a
 * signed document.
 */
class DocumentStageTest {

	private final LayoutProfile profile = LayoutProfile.defaultProfile();

	private final PartyDocument seed = SeedReports.report002();

	@Test
	void numberLineIsBlankUntilIssued() {
		DocumentHeader h = SeedReports.header000();
		assertThat(h.numberLine(Stage.ISSUED)).isEqualTo("Số 03-BC/BTG");
		assertThat(h.numberLine(Stage.DRAFT)).isEqualTo("Số \u00A0\u00A0\u00A0\u00A0\u00A0-BC/BTG");
		assertThat(h.numberLine(Stage.PREVIEW)).isEqualTo("Số \u00A0\u00A0\u00A0\u00A0\u00A0-BC/BTG");
		DocumentHeader unnumbered = new DocumentHeader(null, "HUYỆN ỦY VĨNH THUẬN",
				DocumentNumber.unnumbered("BC", "HU"), "Vĩnh Thuận", h.date());
		assertThat(unnumbered.numberLine(Stage.DRAFT)).isEqualTo(unnumbered.numberLine());
	}

	@Test
	void htmlMarksDraftAndSignedCopies() {
		HtmlRenderer html = new HtmlRenderer(this.profile);
		String draft = html.markup(this.seed.at(Stage.DRAFT));
		assertThat(draft).contains("<div class=\"tg-draft-mark\"><span>DỰ THẢO</span></div>")
			.contains("<div class=\"tg-number\">Số \u00A0\u00A0\u00A0\u00A0\u00A0-BC/BTG</div>")
			.doesNotContain("Số 03-BC/BTG")
			.doesNotContain("(Đã ký)");
		assertThat(html.markup(this.seed.at(Stage.PREVIEW))).contains("DỰ THẢO").doesNotContain("Số 03-BC/BTG");
		String issued = html.markup(this.seed);
		assertThat(issued).doesNotContain("DỰ THẢO").contains("Số 03-BC/BTG");
		assertThat(issued).containsSubsequence("<div class=\"tg-title\">TRƯỞNG BAN</div>",
				"<div class=\"tg-signed\">(Đã ký)</div>", "<div class=\"tg-name\">Võ Thanh Xuân</div>");
	}

	@Test
	void wordFileMarksDraftAndSignedCopies() throws IOException {
		DocxRenderer docx = new DocxRenderer(this.profile);
		String draft = wordText(docx.render(this.seed.at(Stage.DRAFT)));
		assertThat(draft).startsWith("DỰ THẢO").contains("-BC/BTG").doesNotContain("Số 03").doesNotContain("(Đã ký)");
		String issued = wordText(docx.render(this.seed));
		assertThat(issued).doesNotContain("DỰ THẢO").contains("Số 03-BC/BTG");
		assertThat(issued).containsSubsequence("TRƯỞNG BAN", "(Đã ký)", "Võ Thanh Xuân");
	}

	@Test
	void pdfMarksDraftAndSignedCopies() throws IOException {
		PdfRenderer pdf = new PdfRenderer(this.profile);
		String draft = pdfText(pdf.render(this.seed.at(Stage.DRAFT)));
		assertThat(draft).contains("DỰ THẢO", "-BC/BTG").doesNotContain("Số 03").doesNotContain("(Đã ký)");
		String issued = pdfText(pdf.render(this.seed));
		assertThat(issued).doesNotContain("DỰ THẢO").contains("Số 03-BC/BTG");
		assertThat(issued).containsSubsequence("TRƯỞNG BAN", "(Đã ký)", "Võ Thanh Xuân");
	}

	@Test
	void anIssuedCopyHasNoParagraphAwaitingReview() throws IOException {
		PartyDocument drafted = PartyDocument.builder(SeedReports.header000(), DocumentType.REPORT)
			.subject("kết quả học tập chuyên đề năm 2020")
			.draft("Việc triển khai học tập còn hạn chế: tỷ lệ đảng viên tiếp thu mới đạt 62,50%.")
			.block(new Block.Item("-", "Còn 3 đảng viên chưa tiếp thu; các chi bộ cần tổ chức học bù.", true))
			.recipients(Recipients.of("Thường trực Huyện ủy (b/c)"))
			.signature(Signature.head("TRƯỞNG BAN", "Võ Thanh Xuân"))
			.build();
		assertThat(drafted.at(Stage.DRAFT).hasDrafts()).isTrue();
		PartyDocument issued = drafted.at(Stage.ISSUED);
		assertThat(issued.hasDrafts()).isFalse();
		try (XWPFDocument d = new XWPFDocument(
				new ByteArrayInputStream(new DocxRenderer(this.profile).render(issued)))) {
			assertThat(d.getComments()).isNullOrEmpty();
			assertThat(d.getParagraphs()).flatMap(XWPFParagraph::getRuns).noneMatch(XWPFRun::isHighlighted);
		}
		try (XWPFDocument d = new XWPFDocument(
				new ByteArrayInputStream(new DocxRenderer(this.profile).render(drafted.at(Stage.DRAFT))))) {
			assertThat(d.getParagraphs()).flatMap(XWPFParagraph::getRuns).anyMatch(XWPFRun::isHighlighted);
		}
	}

	static String wordText(byte[] bytes) throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor x = new XWPFWordExtractor(d)) {
			return x.getText().replaceAll("\\s+", " ").strip();
		}
	}

	static String pdfText(byte[] bytes) throws IOException {
		try (PDDocument d = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
		}
	}

}
