package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.StudyAttendance;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.study.StudySession;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * The study module in a real browser: a cell secretary ticks attendance on a phone, and a
 * commune officer reads the dashboard, previews the report and downloads it as DOCX and
 * PDF. Campaigns are made through the service with unique titles, so they do not collide
 * with other tests on the browser database. Same browser, skip and screenshots as
 * {@link BrowserTest} (see {@link BrowserSupport}).
 */
@BrowserIntegrationTest
class StudyBrowserTest extends BrowserSupport {

	static final Path DOWNLOADS = Paths.get("target", "downloads");

	@Autowired
	Fixture.Data fixture;

	@Autowired
	StudyService study;

	@Autowired
	StudyAttendance attendance;

	@Autowired
	StudyRollup rollup;

	@Autowired
	DocumentRegister register;

	@Test
	void cellSecretaryTicksAttendanceOnAPhone() {
		StudySession s = campaignWithClass("Điểm danh trên điện thoại").session();

		usePhone();
		login("bithu.vl1");
		this.page.navigate("/study/sessions/" + s.getId());
		assertThat(this.page.locator("h1")).hasText(s.getTitle());
		Locator cells = this.page.locator("#cells-to-tick a");
		// A cell secretary ticks only his own cell.
		assertThat(cells).hasText(new String[] { "Chi bộ ấp Vĩnh Lộc 1" });
		assertNoHorizontalScroll();
		screenshot("session");
		cells.getByText("Chi bộ ấp Vĩnh Lộc 1").tap();

		assertThat(this.page)
			.hasURL(Pattern.compile("/study/sessions/" + s.getId() + "/cells/" + this.fixture.cellVl1() + "$"));
		assertThat(this.page.locator("h1")).containsText("Chi bộ ấp Vĩnh Lộc 1");
		Locator thang = row("Nguyễn Văn Thắng");
		Locator hoa = row("Trần Thị Hòa");
		Locator ut = row("Phạm Văn Út");
		Locator boxes = this.page.locator(".checklist input[type=checkbox][name=present]");
		assertThat(boxes).hasCount(3);
		for (Locator box : boxes.all()) {
			assertThat(box).not().isChecked();
			assertTouchTarget(box);
		}
		assertTouchTarget(this.page.locator("#check-all"));
		// Away on the class date: shown, marked, left unticked.
		assertThat(ut.locator(".badge")).hasText("Miễn/vắng");
		assertNoHorizontalScroll();
		screenshot("checklist-empty");

		// Tapping the name (the label), not the small box, ticks the member.
		thang.getByText("Nguyễn Văn Thắng").tap();
		hoa.getByText("Trần Thị Hòa").tap();
		assertThat(thang.locator("input[name=present]")).isChecked();
		assertThat(hoa.locator("input[name=present]")).isChecked();
		assertThat(ut.locator("input[name=present]")).not().isChecked();
		this.page.locator("#checklist-save").tap();

		assertThat(this.page.locator("#flash")).containsText("Đã lưu điểm danh: 2 đảng viên tham dự.");
		// Back on the same checklist, with what was saved ticked.
		assertThat(this.page)
			.hasURL(Pattern.compile("/study/sessions/" + s.getId() + "/cells/" + this.fixture.cellVl1() + "$"));
		assertThat(thang.locator("input[name=present]")).isChecked();
		assertThat(hoa.locator("input[name=present]")).isChecked();
		assertThat(ut.locator("input[name=present]")).not().isChecked();
		assertNoHorizontalScroll();

		StudyRollup.MemberFigures cell = this.rollup
			.rollup(Scope.system(), s.getCampaignId(), this.fixture.cellVl1(), null)
			.members();
		assertEquals(2, cell.attended(), "members of Vĩnh Lộc 1 counted as attended");
		screenshot("saved");

		// The campaign's dashboard on the phone opens on his cell and shows the two.
		this.page.navigate("/study/campaigns/" + s.getCampaignId());
		assertThat(this.page.locator("#summary-ratio")).hasText(cell.rateFraction());
		assertThat(this.page.locator("#summary-ratio")).hasText(Pattern.compile("^2/"));
		assertThat(this.page.locator("#summary-rate")).hasText(cell.rate());
		// A cell has no units below it: no empty roll-up table.
		assertThat(this.page.locator("#rollup-table")).hasCount(0);
		assertNoHorizontalScroll();
	}

	@Test
	void officerPreviewsTheReportAndDownloadsDocxAndPdf() throws Exception {
		Setup setup = campaignWithClass("Báo cáo tải về");
		StudyCampaign c = setup.campaign();
		StudySession s = setup.session();
		this.attendance.setCellAttendance(Scope.system(), s.getId(), this.fixture.cellVl1(),
				List.of(this.fixture.thangVl1(), this.fixture.hoaVl1()));
		StudyRollup.MemberFigures expected = this.rollup
			.rollup(Scope.system(), c.getId(), this.fixture.communeVbb(), null)
			.members();

		login("canbo.vbb");
		this.page.navigate("/study/campaigns/" + c.getId());
		assertThat(this.page.locator("#campaign-title")).hasText(c.getTitle());
		Locator ratio = this.page.locator("#summary-ratio");
		Locator rate = this.page.locator("#summary-rate");
		// Two of the commune's members attended; the total counts whoever other tests
		// added to it.
		assertThat(ratio).hasText(Pattern.compile("^2/\\d+$"));
		assertThat(ratio).hasText(expected.rateFraction());
		assertThat(rate).hasText(expected.rate());
		assertThat(this.page.locator("#rollup-table")).containsText("Chi bộ ấp Vĩnh Lộc 1");
		// The report writes attended of all on the roll, as the seed does, and the same
		// rate.
		String shownRatio = expected.ratio();
		String shownRate = rate.textContent().strip();
		screenshot("dashboard");

		this.page.locator("#make-report").click();
		assertThat(this.page).hasURL(Pattern
			.compile("/study/campaigns/" + c.getId() + "/report\\?.*unit=" + this.fixture.communeVbb() + "(&|$)"));
		Locator preview = this.page.locator("#report-preview");
		assertThat(preview).containsText("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(preview).containsText("BÁO CÁO");
		assertThat(preview).containsText("với " + shownRatio + " đảng viên tiếp thu học tập, đạt " + shownRate);
		screenshot("report");

		Download docxDownload = this.page.waitForDownload(() -> this.page.locator("#download-docx").click());
		assertEquals("bao-cao-hoc-tap.docx", docxDownload.suggestedFilename());
		Path docx = DOWNLOADS.resolve(this.testName + ".docx");
		docxDownload.saveAs(docx);
		String docxText;
		try (InputStream in = Files.newInputStream(docx);
				XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			docxText = oneLine(extractor.getText());
		}
		assertContains(docxText, "ĐẢNG CỘNG SẢN VIỆT NAM", "kết quả triển khai học tập " + c.getTitle(),
				"với " + shownRatio + " đảng viên tiếp thu học tập, đạt " + shownRate);

		Download pdfDownload = this.page.waitForDownload(() -> this.page.locator("#download-pdf").click());
		assertEquals("bao-cao-hoc-tap.pdf", pdfDownload.suggestedFilename());
		Path pdf = DOWNLOADS.resolve(this.testName + ".pdf");
		pdfDownload.saveAs(pdf);
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF", new String(Arrays.copyOf(bytes, 4), StandardCharsets.US_ASCII), "the PDF's signature");
		String pdfText;
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			pdfText = oneLine(new PDFTextStripper().getText(doc));
		}
		assertContains(pdfText, "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", shownRatio, shownRate);
	}

	@Test
	void officerSetsUpABodyDraftsTheReportEditsItIssuesItAndFindsItInTheRegister() throws Exception {
		StudyCampaign c = campaignWithClass("Báo cáo phát hành").campaign();
		String abbreviation = "BTG" + uniqueLetters(4).toUpperCase();
		if (this.register.terms(Scope.system(), this.fixture.communeVbb())
			.stream()
			.noneMatch(t -> t.covers(LocalDate.now()))) {
			this.register.createTerm(Scope.system(), this.fixture.communeVbb(), "Nhiệm kỳ kiểm thử " + abbreviation,
					LocalDate.now().minusDays(60), null);
		}

		login("canbo.vbb");
		// The officer sets up the commune's propaganda department from the menu.
		this.page.locator("#nav-register").click();
		this.page.locator("a[href$='/register/setup']").click();
		this.page.locator("#new-body").click();
		this.page.locator("#kind").selectOption("DEPARTMENT");
		this.page.locator("#name").fill("Ban Tuyên giáo Đảng ủy xã");
		this.page.locator("#abbreviation").fill(abbreviation);
		this.page.locator("#superiorName").fill("Đảng ủy xã Vĩnh Bình Bắc");
		this.page.locator("#place").fill("Vĩnh Bình Bắc");
		this.page.locator("#signerAuthority").selectOption("NONE");
		this.page.locator("#signerTitle").fill("Trưởng ban");
		this.page.locator("#signerName").fill("Lê Thị Thu");
		this.page.locator("#recipients").fill("Thường trực Đảng ủy (b/c);\nCác chi bộ trực thuộc;\nLưu.");
		this.page.locator("#save-body").click();
		assertThat(this.page.locator("#flash")).containsText("Ban Tuyên giáo Đảng ủy xã");
		long bodyId = this.register.bodies(Scope.system())
			.stream()
			.filter(b -> abbreviation.equals(b.getAbbreviation()))
			.findFirst()
			.orElseThrow()
			.getId();

		// The report, drafted for that body: no number yet, "Dự thảo".
		this.page.navigate("/study/campaigns/" + c.getId() + "/report?unit=" + this.fixture.communeVbb());
		assertThat(this.page.locator("#create-draft")).hasCount(0);
		this.page.locator("#body").selectOption(String.valueOf(bodyId));
		this.page.locator("#report-form button[type=submit]").click();
		assertThat(this.page.locator("#report-preview")).containsText("ĐẢNG ỦY XÃ VĨNH BÌNH BẮC");
		this.page.locator("#create-draft").click();
		assertThat(this.page.locator("#draft-status")).hasText("Dự thảo");

		// The officer rewrites a drafted paragraph and saves it.
		String mine = "Đảng ủy xã đã chỉ đạo các chi bộ tổ chức học tập đầy đủ, đúng kế hoạch của Ban Thường vụ.";
		Locator drafted = this.page.locator("#draft-form textarea.bg-warning-subtle").first();
		drafted.fill(mine);
		this.page.locator("#save-draft").click();
		assertThat(this.page.locator("#flash")).hasText("Đã lưu dự thảo (lần 2).");
		assertThat(this.page.locator("#report-preview")).containsText(mine);
		screenshot("draft-edited");

		// Issued: the number from the register, the files stored, nothing left to edit.
		this.page.locator("#issue").click();
		String reference = "01-BC/" + abbreviation;
		assertThat(this.page.locator("#flash")).containsText("Đã phát hành văn bản số " + reference);
		assertThat(this.page.locator("#draft-status")).hasText("Số " + reference);
		assertThat(this.page.locator("#save-draft")).hasCount(0);

		// Found in the register with its files.
		this.page.locator("#nav-register").click();
		this.page.locator("#documents a", new Page.LocatorOptions().setHasText("kết quả triển khai")).first().click();
		assertThat(this.page.locator("#files li")).hasCount(2);
		screenshot("issued");
		Download docxDownload = this.page.waitForDownload(
				() -> this.page.locator("#files a", new Page.LocatorOptions().setHasText(".docx")).click());
		try (InputStream in = docxDownload.createReadStream();
				XWPFDocument doc = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			assertContains(oneLine(extractor.getText()), "Số " + reference, "Lê Thị Thu", mine, "BAN TUYÊN GIÁO",
					"ĐẢNG ỦY XÃ VĨNH BÌNH BẮC", "Các chi bộ trực thuộc;");
		}

		// The signed final, scanned: uploaded on the same page, listed with the issued
		// files.
		this.page.locator("#signed-form input[type=file]")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("ban-da-ky.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		this.page.locator("#upload-signed").click();
		assertThat(this.page.locator("#flash")).containsText("Đã lưu bản đã ký ban-da-ky.pdf");
		assertThat(this.page.locator("#files li")).hasCount(3);
	}

	record Setup(StudyCampaign campaign, StudySession session) {
	}

	/**
	 * A campaign of the commune Vĩnh Bình Bắc running from a month ago to a month ahead,
	 * with one class held by the commune two days ago (so today's dashboard counts it,
	 * whatever the time zone).
	 */
	private Setup campaignWithClass(String what) {
		LocalDate today = LocalDate.now();
		String title = "Chuyên đề kiểm thử " + what + " " + uniqueLetters(6);
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fixture.communeVbb(), title, DocumentKind.THEMATIC_TOPIC,
						"Kế hoạch số 99-KH/ĐU", today.minusDays(30), today.plusDays(30), null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession s = this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), this.fixture.communeVbb(), "Hội nghị quán triệt " + title,
						SessionFormat.IN_PERSON, null, today.minusDays(2), "Hội trường xã", "Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		return new Setup(c, s);
	}

	/** The checklist row of a member. */
	private Locator row(String name) {
		return this.page.locator(".checklist li").filter(new Locator.FilterOptions().setHasText(name));
	}

	/**
	 * A box a thumb can hit: at least 24 CSS pixels each way (WCAG 2.2 target size,
	 * minimum).
	 */
	private static void assertTouchTarget(Locator box) {
		BoundingBox b = box.boundingBox();
		assertNotNull(b, "checkbox not laid out");
		assertTrue(b.height >= 24 && b.width >= 24, "checkbox only " + b.width + "×" + b.height + " px");
	}

	private static String oneLine(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
	}

	private static void assertContains(String text, String... parts) {
		for (String part : parts) {
			assertTrue(text.contains(part), () -> "\"" + part + "\" not in: " + text);
		}
	}

}
