package vn.tuyengiao.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders seed 002 to .docx once and reads it back with POI, as Word would see it. */
class DocxRendererTest {

	private static XWPFDocument doc;

	/** The same report before it is issued: its drafted paragraphs await review. */
	private static XWPFDocument draft;

	@BeforeAll
	static void render() throws IOException {
		DocxRenderer renderer = new DocxRenderer(LayoutProfile.defaultProfile());
		doc = new XWPFDocument(new ByteArrayInputStream(renderer.render(SeedReports.report002())));
		draft = new XWPFDocument(new ByteArrayInputStream(
				renderer.render(SeedReports.builder002().build().at(PartyDocument.Stage.DRAFT))));
	}

	@AfterAll
	static void close() throws IOException {
		draft.close();
		doc.close();
	}

	@Test
	void partsAreValidAgainstTheWordSchema() throws Exception {
		// Word refuses files LibreOffice shrugs at (an element out of schema order is
		// enough), so check the schema.
		List<XmlObject> parts = new ArrayList<>(List.of(doc.getDocument(), doc.getStyle()));
		doc.getFooterList().forEach(f -> parts.add(f._getHdrFtr()));
		for (XmlObject part : parts) {
			List<XmlError> errors = new ArrayList<>();
			boolean valid = part.validate(new XmlOptions().setErrorListener(errors));
			assertThat(errors).as(part.schemaType().getName().toString()).isEmpty();
			assertThat(valid).isTrue();
		}
	}

	@Test
	void pageIsA4WithTheGuidanceMargins() {
		CTSectPr sect = doc.getDocument().getBody().getSectPr();
		CTPageSz size = sect.getPgSz();
		assertThat(twips(size.getW())).isEqualTo(11906);
		assertThat(twips(size.getH())).isEqualTo(16838);
		CTPageMar mar = sect.getPgMar();
		// 20 / 20 / 30 / 15 mm at 1440 twips to the inch
		assertThat(twips(mar.getTop())).isEqualTo(1134);
		assertThat(twips(mar.getBottom())).isEqualTo(1134);
		assertThat(twips(mar.getLeft())).isEqualTo(1701);
		assertThat(twips(mar.getRight())).isEqualTo(850);
	}

	@Test
	void headerIsABorderlessTwoColumnTable() {
		XWPFTable header = doc.getTables().get(0);
		assertThat(header.getRows()).hasSize(1);
		assertThat(header.getRow(0).getTableCells()).hasSize(2);
		var borders = header.getCTTbl().getTblPr().getTblBorders();
		assertThat(List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight(),
				borders.getInsideV()))
			.allSatisfy(b -> assertThat(b.getVal()).isEqualTo(STBorder.NONE));

		List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
		assertThat(left).extracting(XWPFParagraph::getText)
			.containsExactly("HUYỆN ỦY VĨNH THUẬN", "BAN TUYÊN GIÁO", "*", "Số 03-BC/BTG");
		assertThat(left.get(0).getRuns().get(0).isBold()).isFalse();
		assertThat(left.get(1).getRuns().get(0).isBold()).isTrue();
		assertThat(left.get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
		assertThat(left).allSatisfy(p -> assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER));

		XWPFTableCell right = header.getRow(0).getCell(1);
		XWPFParagraph party = right.getParagraphs().get(0);
		assertThat(party.getText()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(party.getRuns().get(0).isBold()).isTrue();
		XWPFParagraph rule = right.getParagraphs().get(1);
		assertThat(rule.getText()).isEmpty();
		assertThat(rule.getCTP().getPPr().getPBdr().getBottom().getVal()).isEqualTo(STBorder.SINGLE);
		// The rule is about as long as the title, not the whole column.
		assertThat(rule.getIndentationLeft()).isGreaterThan(100);
		XWPFParagraph date = right.getParagraphs().get(2);
		assertThat(date.getText()).isEqualTo("Vĩnh Thuận, ngày 25 tháng 8 năm 2020");
		assertThat(date.getRuns().get(0).isItalic()).isTrue();
	}

	@Test
	void typeNameAndSubjectAreBoldAndCentred() {
		XWPFParagraph type = paragraph("BÁO CÁO");
		assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(type.getRuns().get(0).isBold()).isTrue();
		assertThat(type.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(15.0);
		XWPFParagraph subject = paragraph("kết quả triển khai học tập Chuyên đề năm 2020");
		assertThat(subject.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(subject.getRuns().get(0).isBold()).isTrue();
	}

	@Test
	void bodyIsJustifiedFourteenPointWithFirstLineIndent() {
		XWPFParagraph p = paragraph("Thực hiện Kế hoạch số 196-KH/TU");
		assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
		assertThat(p.getIndentationFirstLine()).isEqualTo(567);
		assertThat(p.getSpacingAfter()).isEqualTo(120);
		XWPFRun r = p.getRuns().get(0);
		assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0);
		assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
		assertThat(r.isBold()).isFalse();
		assertThat(r.isHighlighted()).isFalse();

		XWPFParagraph heading = paragraph("1. Công tác tổ chức triển khai");
		assertThat(heading.getRuns().get(0).isBold()).isTrue();
		XWPFParagraph sub = paragraph("- Hình thức tổ chức học tập:");
		assertThat(sub.getRuns().get(0).isBold()).isTrue();
		assertThat(sub.getRuns().get(0).isItalic()).isTrue();
		assertThat(paragraph("- Tiếp tục tổ chức học bù").getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
	}

	@Test
	void draftParagraphIsHighlighted() {
		XWPFParagraph p = paragraph(draft, "Tính đến ngày 27-02-2020");
		assertThat(p.getText()).contains("2.825/3.153", "98,43%");
		assertThat(p.getRuns().get(0).getTextHighlightColor()).isEqualTo(STHighlightColor.YELLOW);
		// A Word comment spans the drafted text: range start, the text, range end, then
		// the reference, in that order.
		String xml = p.getCTP().xmlText();
		assertThat(xml.indexOf("commentRangeStart")).isPositive().isLessThan(xml.indexOf("2.825/3.153"));
		assertThat(xml.indexOf("commentRangeEnd")).isGreaterThan(xml.indexOf("2.825/3.153"));
		assertThat(xml.indexOf("commentReference")).isGreaterThan(xml.indexOf("commentRangeEnd"));
		assertThat(draft.getDocComments().getComments()).isNotEmpty()
			.allSatisfy(c -> assertThat(c.getText()).contains("cần rà soát trước khi ký"));
		assertThat(doc.getDocComments()).isNull();
		assertThat(paragraph(draft, "1. Công tác tổ chức triển khai").getCTP().xmlText())
			.doesNotContain("commentReference");
	}

	@Test
	void figuresAreARealTableWithARepeatingHeader() {
		XWPFTable classes = doc.getTables().get(1);
		assertThat(classes.getRow(0).getCell(0).getText()).isEqualTo("Nơi tổ chức");
		assertThat(classes.getRow(0).isRepeatHeader()).isTrue();
		assertThat(classes.getRow(5).getCell(1).getText()).isEqualTo("21");
		XWPFTable rate = doc.getTables().get(2);
		assertThat(rate.getRow(1).getCell(5).getText()).isEqualTo("98,43%");
		assertThat(rate.getRow(1).getCell(5).getParagraphs().get(0).getAlignment())
			.isEqualTo(ParagraphAlignment.CENTER);
	}

	@Test
	void recipientsOnTheLeftSignatureOnTheRight() {
		XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
		List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
		assertThat(left.get(0).getText()).isEqualTo("Nơi nhận:");
		assertThat(left.get(0).getRuns().get(0).isBold()).isTrue();
		assertThat(left.get(0).getRuns().get(0).isItalic()).isTrue();
		assertThat(left.subList(1, left.size())).extracting(XWPFParagraph::getText)
			.containsExactly("- Ban Tuyên giáo Tỉnh ủy (b/c);", "- Thường trực Huyện ủy (b/c);",
					"- Ban Tuyên giáo các xã, thị trấn;", "- Lãnh đạo Ban;", "- Lưu.");
		assertThat(left.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);

		List<XWPFParagraph> right = closing.getRow(0).getCell(1).getParagraphs();
		assertThat(right.get(0).getText()).isEqualTo("TRƯỞNG BAN");
		XWPFParagraph name = right.get(right.size() - 1);
		assertThat(name.getText()).isEqualTo("Võ Thanh Xuân");
		assertThat(name.getRuns().get(0).isBold()).isTrue();
		assertThat(name.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		// Lines for the hand signature and seal; an issued copy says "(Đã ký)" there.
		assertThat(right.subList(1, right.size() - 1)).hasSize(4)
			.extracting(XWPFParagraph::getText)
			.containsExactly("", "(Đã ký)", "", "");
		assertThat(closing.getRow(0).isCantSplitRow()).isTrue();
	}

	@Test
	void pageNumberFieldInTheFooterButNotOnPageOne() {
		assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
		assertThat(doc.getFooterList()).anySatisfy(this::hasPageField);
	}

	@Test
	void deputySignsForTheHeadAndAProfileChangesTheLayout() throws IOException {
		Properties props = new Properties();
		try (var in = LayoutProfile.class.getResourceAsStream(LayoutProfile.DEFAULT_RESOURCE)) {
			props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		props.setProperty("profile.id", "TEST");
		props.setProperty("size.body.pt", "13");
		props.setProperty("margin.left.mm", "35");
		props.setProperty("page-numbers", "none");
		LayoutProfile custom = LayoutProfile.fromProperties(props);
		PartyDocument kt = PartyDocument
			.builder(new DocumentHeader(null, "TỈNH ỦY KIÊN GIANG", "Số 196-KH/TU", "Rạch Giá",
					LocalDate.of(2020, 2, 10)), DocumentType.PLAN)
			.subject("triển khai, thực hiện Chuyên đề năm 2020")
			.paragraph("Nội dung.")
			.recipients(Recipients.of("Các huyện ủy, thành ủy;"))
			.signature(Signature.signingFor("TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn An"))
			.build()
			.at(PartyDocument.Stage.ISSUED);
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new DocxRenderer(custom).render(kt)))) {
			assertThat(twips(d.getDocument().getBody().getSectPr().getPgMar().getLeft())).isEqualTo(1984);
			assertThat(d.getFooterList()).isEmpty();
			assertThat(d.getTables().get(0).getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
				.containsExactly("TỈNH ỦY KIÊN GIANG", "*", "Số 196-KH/TU");
			XWPFParagraph body = d.getParagraphs()
				.stream()
				.filter(p -> p.getText().equals("Nội dung."))
				.findFirst()
				.orElseThrow();
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
			assertThat(d.getParagraphs()).extracting(XWPFParagraph::getText).contains("KẾ HOẠCH");
			List<XWPFParagraph> sign = d.getTables().get(1).getRow(0).getCell(1).getParagraphs();
			assertThat(sign.get(0).getText()).isEqualTo("K/T TRƯỞNG BAN");
			assertThat(sign.get(1).getText()).isEqualTo("PHÓ TRƯỞNG BAN");
		}
	}

	private void hasPageField(XWPFFooter f) {
		assertThat(f.getParagraphs()).anySatisfy(p -> assertThat(p.getCTP().getFldSimpleList())
			.anySatisfy(fld -> assertThat(fld.getInstr()).contains("PAGE")));
	}

	private static XWPFParagraph paragraph(String start) {
		return paragraph(doc, start);
	}

	private static XWPFParagraph paragraph(XWPFDocument in, String start) {
		return in.getParagraphs()
			.stream()
			.filter(p -> p.getText().startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No paragraph starts with " + start));
	}

	private static int twips(Object v) {
		return Integer.parseInt(String.valueOf(v));
	}

}
