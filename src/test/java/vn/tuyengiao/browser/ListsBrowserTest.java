package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import vn.tuyengiao.support.BrowserIntegrationTest;

/**
 * The shared list tools in a browser at 1366×900: a column header sorts, "In" prints the
 * table alone under a header with the title, the unit and the day; the audit log reads in
 * Vietnamese, filters by module and links each change to its record.
 */
@BrowserIntegrationTest
class ListsBrowserTest extends BrowserSupport {

	void useDesktop() {
		this.context.close();
		this.context = newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
	}

	@Test
	void theMemberListSortsByAHeaderAndPrintsTheTableAlone() {
		useDesktop();
		login("canbo.vbb");
		this.page.navigate("/members");
		Locator names = this.page.locator("#member-table tbody tr td:first-child a");
		assertThat(names.first()).hasText("Huỳnh Thị Lan");
		this.page.locator("#member-table th a[data-sort='birth']").click();
		assertThat(this.page).hasURL(Pattern.compile("sort=birth"));
		this.page.locator("#member-table th a[data-sort='name']").click();
		this.page.locator("#member-table th a[data-sort='name']").click();
		assertThat(this.page).hasURL(Pattern.compile("sort=-name"));
		assertThat(names.first()).hasText("Trần Thị Hòa");
		assertThat(this.page.locator("#member-table th a[data-sort='name']")).hasAttribute("aria-sort", "descending");

		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(this.page.locator("nav.navbar")).isHidden();
		assertThat(this.page.locator("#member-filters")).isHidden();
		assertThat(this.page.locator(".list-print")).isHidden();
		assertThat(this.page.locator(".print-header")).isVisible();
		assertThat(this.page.locator(".print-header")).containsText("Đảng viên");
		assertThat(this.page.locator(".print-header")).containsText(Pattern.compile("In ngày \\d{2}/\\d{2}/\\d{4}"));
		assertThat(this.page.locator("#member-table")).isVisible();
		screenshot("print");
	}

	@Test
	void theAuditLogReadsInVietnameseFiltersAndLinks() {
		useDesktop();
		login("canbo.vbb");
		this.page.locator("#account-menu").click();
		this.page.locator("#audit-link").click();
		assertThat(this.page.locator("h1")).hasText("Nhật ký thay đổi");
		Locator table = this.page.locator("#audit-table");
		assertThat(table).containsText("Thêm mới");
		assertThat(table).containsText("Hệ thống (tự động)");
		String text = table.innerText();
		assertFalse(text.contains("CREATE") || text.contains("system") || text.contains("OrgUnit"), text);
		assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).find(), text);

		this.page.locator("#f-module").selectOption("members");
		this.page.locator("#audit-filter-submit").click();
		assertThat(this.page).hasURL(Pattern.compile("module=members"));
		Locator kinds = table.locator("tbody td.kind");
		assertTrue(kinds.count() >= 3, "the commune's members were added");
		for (String k : kinds.allInnerTexts()) {
			assertTrue(k.equals("Đảng viên"), k);
		}
		table.locator("a.subject", new Locator.LocatorOptions().setHasText("Nguyễn Văn Thắng")).first().click();
		assertThat(this.page.locator("#member-name")).hasText("Nguyễn Văn Thắng");
		screenshot(null);
	}

}
