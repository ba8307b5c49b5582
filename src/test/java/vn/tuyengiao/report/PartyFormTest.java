package vn.tuyengiao.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.report.PartyDocument.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact form of 36-HD/VPTW: header, place, closing block, recipients, unbroken dates.
 */
class PartyFormTest {

	private final LayoutProfile profile = LayoutProfile.defaultProfile();

	@Test
	void longIssuerNamesBreakBetweenPhrasesIntoBalancedLines() {
		assertThat(HeaderLines.balance("BAN TUYÊN GIÁO", String::length, 24)).containsExactly("BAN TUYÊN GIÁO");
		assertThat(HeaderLines.balance("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", String::length, 24))
			.containsExactly("BAN TUYÊN GIÁO", "VÀ DÂN VẬN TỈNH ỦY");
		assertThat(HeaderLines.balance("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", String::length, 26))
			.containsExactly("ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "VÀ DOANH NGHIỆP TỈNH");
		// "TỈNH ỦY" is one phrase: never "… TỈNH" / "ỦY …".
		assertThat(HeaderLines.balance("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", String::length, 26))
			.noneMatch(l -> l.endsWith("TỈNH"))
			.allMatch(l -> l.length() <= 26);
		// An officer's own line breaks are kept.
		assertThat(HeaderLines.balance("BAN TUYÊN GIÁO VÀ DÂN VẬN\nTỈNH ỦY", String::length, 10))
			.containsExactly("BAN TUYÊN GIÁO VÀ DÂN VẬN", "TỈNH ỦY");
	}

	@Test
	void headerPutsTheSuperiorBodyAboveADepartmentAndBreaksLongNames() throws IOException {
		String seed000 = new HtmlRenderer(this.profile).markup(SeedReports.report002());
		assertThat(seed000).containsSubsequence("<div class=\"tg-superior\">HUYỆN ỦY VĨNH THUẬN</div>",
				"<div class=\"tg-issuer\">BAN TUYÊN GIÁO</div>", "<div class=\"tg-star\">*</div>",
				"<div class=\"tg-number\">Số 03-BC/BTG</div>");
		PartyDocument btgdv = small(new DocumentHeader("TỈNH ỦY TRÀ VINH", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY",
				"Số 124-BC/BTGDVTU", "Trà Vinh", LocalDate.of(2025, 12, 31)), 1);
		String html = new HtmlRenderer(this.profile).markup(btgdv);
		assertThat(html).contains("<div class=\"tg-issuer\">BAN TUYÊN GIÁO<br />VÀ DÂN VẬN TỈNH ỦY</div>");
		try (XWPFDocument d = new XWPFDocument(
				new ByteArrayInputStream(new DocxRenderer(this.profile).render(btgdv.at(Stage.ISSUED))))) {
			assertThat(d.getTables().get(0).getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
				.containsExactly("TỈNH ỦY TRÀ VINH", "BAN TUYÊN GIÁO\nVÀ DÂN VẬN TỈNH ỦY", "*", "Số 124-BC/BTGDVTU");
		}
	}

	@Test
	void placeIsTheTerritorysNameNeverCutFromABlocsName() {
		assertThat(PlaceNames.of("Tỉnh ủy Trà Vinh")).isEqualTo("Trà Vinh");
		assertThat(PlaceNames.of("Huyện ủy Vĩnh Thuận")).isEqualTo("Vĩnh Thuận");
		assertThat(PlaceNames.of("Thành ủy thành phố Rạch Giá")).isEqualTo("Rạch Giá");
		assertThat(PlaceNames.of("Đảng ủy xã Vĩnh Phong")).isEqualTo("Vĩnh Phong");
		assertThat(PlaceNames.of("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh")).isNull();
		assertThat(PlaceNames.nearest(
				List.of("Chi bộ Văn phòng", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Tỉnh ủy Trà Vinh"), "…"))
			.isEqualTo("Trà Vinh");
		assertThat(PlaceNames.nearest(List.of("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"), "…")).isEqualTo("…");
	}

	@Test
	void recipientsHaveExactlyOneFilingLineLast() {
		assertThat(Recipients.of("Ban Tuyên giáo cấp trên (b/c)", "Các chi bộ, đảng bộ trực thuộc", "Lưu Văn phòng")
			.lines()).containsExactly("- Ban Tuyên giáo cấp trên (b/c);", "- Các chi bộ, đảng bộ trực thuộc;",
					"- Lưu Văn phòng.");
		assertThat(Recipients.of("Lưu", "Các chi bộ, đảng bộ trực thuộc", "Lưu Văn phòng").lines())
			.containsExactly("- Các chi bộ, đảng bộ trực thuộc;", "- Lưu.");
		assertThat(new Recipients(List.of("Thường trực Huyện ủy (b/c);", "- Lưu VP."), "Lưu.").lines())
			.containsExactly("- Thường trực Huyện ủy (b/c);", "- Lưu.");
	}

	@Test
	void signatureBlockIsNeverAloneOnItsPage() throws IOException {
		PdfRenderer pdf = new PdfRenderer(this.profile);
		List<Integer> tried = new ArrayList<>();
		for (int fillers = 6; fillers <= 15; fillers++) {
			PartyDocument doc = small(SeedReports.header000(), fillers).at(Stage.ISSUED);
			try (PDDocument d = Loader.loadPDF(pdf.render(doc))) {
				int closing = pageOf(d, "Trên đây là báo cáo");
				int name = pageOf(d, "Võ Thanh Xuân");
				assertThat(name).as("%d paragraphs: signature with the last paragraph", fillers).isEqualTo(closing);
				assertThat(pageOf(d, "Nơi nhận:")).isEqualTo(closing);
				tried.add(d.getNumberOfPages());
			}
		}
		assertThat(tried).as("the closing crosses a page end").contains(1, 2);
	}

	@Test
	void wordKeepsTheLastParagraphWithTheSignature() throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(
				new DocxRenderer(this.profile).render(small(SeedReports.header000(), 3).at(Stage.ISSUED))))) {
			XWPFParagraph last = d.getParagraphs()
				.stream()
				.filter(p -> p.getText().startsWith("Trên đây là báo cáo"))
				.findFirst()
				.orElseThrow();
			assertThat(last.getCTP().getPPr().isSetKeepNext()).isTrue();
			assertThat(last.getCTP().getPPr().isSetKeepLines()).isTrue();
			assertThat(d.getTables().get(d.getTables().size() - 1).getRow(0).isCantSplitRow()).isTrue();
		}
	}

	@Test
	void datesNumbersAndRatiosAreNeverBrokenAcrossLines() throws IOException {
		PartyDocument.Builder b = PartyDocument.builder(SeedReports.header000(), DocumentType.REPORT)
			.subject("thử ngắt dòng");
		int n = 40;
		for (int i = 0; i < n; i++) {
			b.paragraph("Thực hiện" + " Kế".repeat(i) + " hoạch số 92-KH/HU, ngày 15-5-2016 của Ban Thường vụ "
					+ "Huyện ủy, đã có 2.825/3.153 đảng viên tiếp thu.");
		}
		b.recipients(Recipients.of("Lãnh đạo Ban")).signature(Signature.head("TRƯỞNG BAN", "Võ Thanh Xuân"));
		String html = new HtmlRenderer(this.profile).markup(b.build());
		assertThat(html).contains("<span class=\"tg-nw\">15-5-2016</span>", "<span class=\"tg-nw\">92-KH/HU</span>",
				"<span class=\"tg-nw\">2.825/3.153</span>");
		try (PDDocument d = Loader.loadPDF(new PdfRenderer(this.profile).render(b.build()))) {
			String text = new PDFTextStripper().getText(d);
			assertThat(count(text, "15-5-2016")).isEqualTo(n);
			assertThat(count(text, "92-KH/HU")).isEqualTo(n);
			assertThat(count(text, "2.825/3.153")).isEqualTo(n);
		}
	}

	/** A report with the given number of three-line paragraphs before its closing one. */
	static PartyDocument small(DocumentHeader header, int fillers) {
		PartyDocument.Builder b = PartyDocument.builder(header, DocumentType.REPORT)
			.subject("kết quả triển khai học tập Chuyên đề năm 2020");
		for (int i = 1; i <= fillers; i++) {
			b.paragraph("Đoạn " + i + ". Đảng ủy các xã, thị trấn quan tâm chỉ đạo thực hiện tốt việc triển khai học "
					+ "tập và tổ chức thực hiện Chuyên đề năm 2020; triển khai Chuyên đề năm 2020 đảm bảo đúng thời gian "
					+ "quy định; đồng thời chỉ đạo nghiêm việc viết bản đăng ký tu dưỡng, rèn luyện của cán bộ đảng viên.");
		}
		b.paragraph("Trên đây là báo cáo kết quả triển khai học tập Chuyên đề năm 2020 của Ban Tuyên giáo Huyện ủy "
				+ "Vĩnh Thuận./.");
		b.recipients(new Recipients(
				List.of("Thường trực Huyện ủy (b/c);", "Ban Tuyên giáo các xã, thị trấn;", "Lãnh đạo Ban;"), "Lưu."));
		b.signature(Signature.head("TRƯỞNG BAN", "Võ Thanh Xuân"));
		return b.build();
	}

	private static int pageOf(PDDocument d, String text) throws IOException {
		PDFTextStripper s = new PDFTextStripper();
		for (int p = 1; p <= d.getNumberOfPages(); p++) {
			s.setStartPage(p);
			s.setEndPage(p);
			if (s.getText(d).replaceAll("\\s+", " ").contains(text)) {
				return p;
			}
		}
		return -1;
	}

	private static int count(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
