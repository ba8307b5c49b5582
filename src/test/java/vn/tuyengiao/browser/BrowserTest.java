package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * The UI in a real browser (headless Chromium driven by Playwright) against the
 * application on a random port: login, the organisation tree with htmx expansion, live
 * member search without diacritics, a failed import and its error table, the out-of-scope
 * page, and a phone-size screen. Skipped when no Chromium is installed
 * ({@code /usr/bin/chromium}, or the path in {@code -Dtuyengiao.chromium=...}).
 * Screenshots of the last page of each test go to {@code target/screenshots/}. The
 * browser, the skip and the helpers are in {@link BrowserSupport}.
 */
@BrowserIntegrationTest
class BrowserTest extends BrowserSupport {

	@Autowired
	Fixture.Data fixture;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Test
	void provinceOfficerSeesDashboardAndExpandsTheUnitTree() {
		// Anonymous: sent to the login page, and back home after it.
		this.page.navigate("/");
		assertThat(this.page).hasURL(Pattern.compile("/login$"));
		assertThat(this.page.locator("label[for=username]")).hasText("Tên đăng nhập");
		screenshot("login");
		submitLogin("canbo.tinh.t");
		assertThat(this.page).hasURL(Pattern.compile(":" + this.port + "/(\\?continue)?$"));
		assertThat(this.page.locator("#scope-line")).hasText("Phạm vi: Tỉnh ủy Kiên Giang");
		assertThat(this.page.locator("#count-members")).hasText("7");
		assertThat(this.page.locator("#count-cells")).hasText("3");
		screenshot("home");
		// On a 1,280-px office screen the menu wraps rather than pushing the account menu
		// off to the right.
		this.page.setViewportSize(1280, 720);
		assertNoHorizontalScroll();
		assertThat(this.page.locator("#account-menu")).isInViewport();
		screenshot("home-1280");

		this.page.locator("nav.navbar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tổ chức đảng").setExact(true))
			.click();
		assertThat(this.page).hasURL(Pattern.compile("/units$"));
		Locator tree = this.page.locator("#unit-tree");
		assertThat(tree).containsText("Tỉnh ủy Kiên Giang");
		Locator vbb = unitLine("Đảng ủy xã Vĩnh Bình Bắc");
		Locator pd = unitLine("Đảng ủy xã Phong Đông");
		// On the roll: Vĩnh Lộc 1 has three (one away), the school cell one; Cái Chanh
		// three (one exempt).
		assertThat(vbb.locator(".count")).hasText("4");
		assertThat(pd.locator(".count")).hasText("3");
		assertThat(tree.locator(".count").first()).hasText("7");
		// Cells are one level down, loaded only when their commune is opened.
		assertThat(tree).not().containsText("Chi bộ ấp Vĩnh Lộc 1");

		Locator toggle = vbb.locator(".toggle");
		assertThat(toggle).hasAttribute("aria-expanded", "false");
		toggle.click();
		Locator slot = this.page.locator("#slot-" + this.fixture.communeVbb());
		assertThat(slot).containsText("Chi bộ ấp Vĩnh Lộc 1");
		assertThat(slot).containsText("Chi bộ Trường Tiểu học Bình Minh");
		assertThat(toggle).hasAttribute("aria-expanded", "true");
		assertThat(unitLine("Chi bộ ấp Vĩnh Lộc 1").locator(".count")).hasText("3");
		// The other commune stays closed.
		assertThat(tree).not().containsText("Chi bộ ấp Cái Chanh");
	}

	@Test
	void liveSearchFindsNamesTypedWithoutDiacritics() {
		login("canbo.tinh.t");
		this.page.navigate("/members");
		Locator table = this.page.locator("#member-table");
		Locator count = this.page.locator("#result-count");
		assertThat(count).hasText("Tổng số: 7");
		assertThat(table).containsText("Huỳnh Thị Lan");

		// Typed key by key, no Enter: htmx searches on input after a short pause.
		Locator q = this.page.locator("#q");
		q.pressSequentially("nguyen van thang", new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(table).not().containsText("Huỳnh Thị Lan");
		assertThat(table).containsText("Nguyễn Văn Thắng");
		assertThat(table).not().containsText("Lê Văn Thắng");
		assertThat(count).hasText("Tổng số: 1");
		assertThat(table.locator("tbody tr")).hasCount(1);
		assertThat(this.page).hasURL(Pattern.compile("q=nguyen(\\+|%20)van(\\+|%20)thang"));

		// The fixture typed the old tone placement ("Hoà"), which the application stores
		// in the new one ("Hòa");
		// the plain "hoa" typed finds it either way.
		q.fill("");
		q.pressSequentially("tran thi hoa", new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(table).containsText("Trần Thị Hòa");
		assertThat(table).not().containsText("Nguyễn Văn Thắng");
		assertThat(count).hasText("Tổng số: 1");
	}

	@Test
	void importWithOneBadRowFailsAndWritesNothing() {
		String tag = uniqueLetters(6);
		String cardBase = "BT" + (System.currentTimeMillis() % 100_000_000L);
		List<String> cards = List.of(cardBase + "1", cardBase + "2", cardBase + "3");
		List<String> names = List.of("Đặng Văn Kiểm " + tag, "Lý Thị Thử " + tag, "Tạ Văn Nhập " + tag);
		String future = LocalDate.now().plusYears(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String csv = String.join("\r\n",
				"Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Mã chi bộ,Chức vụ,Chức trách nhiệm vụ,Tình trạng,Từ ngày,Cán bộ hưu",
				names.get(0) + ",Nam,12/04/1980," + cards.get(0)
						+ ",19/05/2005,19/05/2006,T.VBB.VL1,Đảng viên,,Đang sinh hoạt,,Không",
				// Row 3 (the header is row 1): joins the Party next year.
				names.get(1) + ",Nữ,02/09/1985," + cards.get(1) + "," + future
						+ ",,T.VBB.VL1,Đảng viên,,Đang sinh hoạt,,Không",
				names.get(2) + ",Nam,01/01/1975," + cards.get(2)
						+ ",03/02/2000,03/02/2001,T.VBB.THBM,Giáo viên,,Đang sinh hoạt,,Có",
				"");

		login("canbo.vbb");
		this.page.navigate("/members/import");
		assertThat(this.page.locator("h1")).hasText("Nhập đảng viên từ tệp");
		this.page.locator("#file")
			.setInputFiles(
					new FilePayload("kiem-thu-" + tag + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		this.page.locator("#import-submit").click();

		assertThat(this.page).hasURL(Pattern.compile("/imports/[^/]+$"));
		assertThat(this.page.locator("h1")).containsText("kiem-thu-" + tag + ".csv");
		// The page polls until the job ends.
		assertThat(this.page.locator("#import-state")).hasText("Có lỗi — chưa ghi gì");
		assertThat(this.page.locator("#import-failed")).containsText("Không dữ liệu nào được ghi");
		// Every error is on row 3, and one names the join date. (A blank "Từ ngày" takes
		// the join date, so the
		// same date may be reported a second time under that column.)
		Locator rows = this.page.locator("#import-errors tbody tr");
		assertThat(rows.first()).isVisible();
		assertThat(rows.locator("td:first-child"))
			.hasText(Collections.nCopies(rows.count(), "3").toArray(String[]::new));
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("Ngày vào Đảng")).locator("td"))
			.hasText(new String[] { "3", "Ngày vào Đảng", "không được là ngày trong tương lai" });
		assertThat(this.page.locator("#import-done")).hasCount(0);
		assertThat(this.page.locator("#import-status .progress")).hasCount(0);
		assertThat(this.page.locator("#import-status")).containsText("Đã ghi 0/3 dòng");
		screenshot("import-errors");

		// Nothing of the file is in the database: neither the good rows nor the bad one.
		Long written = this.jdbc.queryForObject("select count(*) from member where card_number in (:cards)",
				new MapSqlParameterSource("cards", cards), Long.class);
		assertEquals(0L, written, "rows written by a failed import");
		// Nor in the list the user sees.
		this.page.navigate("/members");
		this.page.locator("#q")
			.pressSequentially(tag.toLowerCase(), new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(this.page.locator("#result-count")).hasText("Tổng số: 0");
		assertThat(this.page.locator("#member-table")).containsText("Không có dữ liệu");
		assertThat(this.page.locator("#member-table")).not().containsText(names.get(0));
	}

	@Test
	void cellSecretaryCannotOpenAnotherCellsMember() {
		login("bithu.vl1");
		Response denied = this.page.navigate("/members/" + this.fixture.leThangCc());
		assertEquals(403, denied.status());
		assertThat(this.page.locator("h1")).hasText("Không có quyền");
		assertThat(this.page.locator("#error-detail")).containsText("ngoài phạm vi");
		assertFalse(this.page.content().contains("Lê Văn Thắng"), "the member's name leaks onto the 403 page");
		assertFalse(this.page.content().contains("Chi bộ ấp Cái Chanh"), "the member's cell leaks onto the 403 page");

		Response own = this.page.navigate("/members/" + this.fixture.thangVl1());
		assertEquals(200, own.status());
		assertThat(this.page.locator("#member-name")).hasText("Nguyễn Văn Thắng");
		assertThat(this.page.locator("main")).containsText("Chi bộ ấp Vĩnh Lộc 1");
	}

	@Test
	void phoneSizedScreenCollapsesTheMenuAndKeepsTheListUsable() {
		usePhone();
		login("bithu.cc");
		Locator toggler = this.page.locator(".navbar-toggler");
		assertThat(toggler).isVisible();
		Locator membersLink = this.page.locator("#mainNav")
			.getByText("Đảng viên", new Locator.GetByTextOptions().setExact(true));
		assertThat(membersLink).isHidden();

		toggler.click();
		assertThat(membersLink).isVisible();
		membersLink.click();
		assertThat(this.page).hasURL(Pattern.compile("/members$"));
		assertThat(this.page.locator("#mainNav")).isHidden();

		Locator table = this.page.locator("#member-table");
		assertThat(table).isVisible();
		assertThat(this.page.locator("#result-count")).hasText("Tổng số: 3");
		assertThat(table).containsText("Nguyễn Thị Quý");
		// Columns that do not fit a phone are hidden, the name, cell and status stay.
		assertThat(table.locator("thead th:visible")).hasText(new String[] { "Họ và tên", "Chi bộ", "Tình trạng" });
		assertNoHorizontalScroll();
		screenshot("member-list");

		Locator q = this.page.locator("#q");
		assertThat(q).isVisible();
		q.tap();
		q.pressSequentially("le van thang", new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(this.page.locator("#result-count")).hasText("Tổng số: 1");
		assertThat(table).containsText("Lê Văn Thắng");
		assertThat(table).not().containsText("Nguyễn Thị Quý");
		table.getByText("Lê Văn Thắng").tap();
		assertThat(this.page.locator("#member-name")).hasText("Lê Văn Thắng");
		assertNoHorizontalScroll();
	}

	private Locator unitLine(String name) {
		return this.page.locator("#unit-tree .unit-line")
			.filter(new Locator.FilterOptions()
				.setHas(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))));
	}

}
