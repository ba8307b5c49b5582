package vn.tuyengiao.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Renders seed 002 to PDF once (openhtmltopdf's first render is the slow one) and reads
 * it back with PDFBox.
 */
class PdfRendererTest {

	/**
	 * Every letter of the Vietnamese alphabet with every tone, both cases, plus the
	 * quotes and dashes reports use.
	 */
	private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
			+ "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ“”‘’–—…";

	private static PDDocument pdf;

	private static String text;

	@BeforeAll
	static void render() throws IOException {
		byte[] bytes = new PdfRenderer(LayoutProfile.defaultProfile()).render(SeedReports.report002());
		pdf = Loader.loadPDF(bytes);
		text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
	}

	@AfterAll
	static void close() throws IOException {
		pdf.close();
	}

	@Test
	void pagesAreA4() {
		assertThat(pdf.getNumberOfPages()).isBetween(1, 4);
		for (PDPage page : pdf.getPages()) {
			assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
		}
	}

	@Test
	void vietnameseTextComesBackIntact() {
		assertThat(text).contains("HUYỆN ỦY VĨNH THUẬN", "BAN TUYÊN GIÁO", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 03-BC/BTG",
				"Vĩnh Thuận, ngày 25 tháng 8 năm 2020", "BÁO CÁO", "kết quả triển khai học tập Chuyên đề năm 2020",
				"2.825/3.153", "98,43%", "Nơi nhận:", "- Lưu.", "TRƯỞNG BAN", "Võ Thanh Xuân",
				"Ủy ban Mặt trận Tổ quốc Việt Nam");
		// openhtmltopdf prints "#" for a character no font can show.
		assertThat(text).doesNotContain("#").doesNotContain("\uFFFD");
	}

	@Test
	void onlyTheBundledFontIsUsedAndItIsEmbedded() throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources res = page.getResources();
			for (COSName name : res.getFontNames()) {
				fonts.add(res.getFont(name));
			}
		}
		assertThat(fonts).isNotEmpty().allSatisfy(f -> {
			assertThat(f.isEmbedded()).as(f.getName()).isTrue();
			assertThat(f.getName()).contains("LiberationSerif");
		});
		assertThat(fonts).extracting(PDFont::getName)
			.anyMatch(n -> n.endsWith("-Bold"))
			.anyMatch(n -> n.endsWith("-Italic"));
	}

	@Test
	void bundledFontsHaveEveryVietnameseLetter() throws IOException {
		for (ReportFonts.Face face : ReportFonts.Face.values()) {
			try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ReportFonts.bytes(face)))) {
				CmapLookup cmap = ttf.getUnicodeCmapLookup();
				VIETNAMESE.codePoints()
					.forEach(cp -> assertThat(cmap.getGlyphId(cp))
						.as("%s has U+%04X %s", face, cp, Character.toString(cp))
						.isPositive());
			}
		}
		try (InputStream licence = ReportFonts.class.getResourceAsStream("/report/fonts/OFL.txt")) {
			assertThat(new String(licence.readAllBytes())).contains("SIL OPEN FONT LICENSE Version 1.1");
		}
	}

	@Test
	void draftParagraphIsVisiblyHighlighted() throws IOException {
		assertThat(yellowBehindText(pdf)).as("an issued copy has no paragraph awaiting review").isFalse();
		byte[] bytes = new PdfRenderer(LayoutProfile.defaultProfile())
			.render(SeedReports.builder002().build().at(PartyDocument.Stage.DRAFT));
		try (PDDocument draft = Loader.loadPDF(bytes)) {
			assertThat(yellowBehindText(draft)).as("a light yellow background behind the drafted paragraph").isTrue();
		}
	}

	private static boolean yellowBehindText(PDDocument pdf) throws IOException {
		boolean found = false;
		PDFRenderer renderer = new PDFRenderer(pdf);
		for (int i = 0; i < pdf.getNumberOfPages() && !found; i++) {
			BufferedImage img = renderer.renderImage(i, 0.4f);
			for (int y = 0; y < img.getHeight() && !found; y += 2) {
				for (int x = 0; x < img.getWidth(); x += 2) {
					int rgb = img.getRGB(x, y);
					int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
					if (r > 240 && g > 225 && g < 250 && b > 140 && b < 190) {
						found = true;
						break;
					}
				}
			}
		}
		return found;
	}

}
