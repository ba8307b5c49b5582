package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import vn.tuyengiao.support.BrowserIntegrationTest;

/**
 * Dates and files in an English-language Chromium: the fields still speak Vietnamese and
 * take dd/mm/yyyy (a native date input would show mm/dd/yyyy there, a native file input
 * "Choose Files / No file chosen").
 */
@BrowserIntegrationTest
class DateEntryBrowserTest extends BrowserSupport {

	@Test
	void anEnglishBrowserTypesDatesAsDayMonthYear() {
		useEnglishBrowser();
		login("canbo.vbb");
		this.page.navigate("/awards");
		Locator from = this.page.locator("input[name=from]");
		assertThat(from).hasAttribute("type", "text");
		assertThat(from).hasAttribute("placeholder", "dd/mm/yyyy");
		assertThat(from).hasAttribute("inputmode", "numeric");

		// The American order is no date here: the form is held back with a Vietnamese
		// hint.
		from.fill("12/25/2025");
		assertEquals(false, from.evaluate("el => el.checkValidity()"));
		assertEquals("Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 25/08/2026.",
				from.evaluate("el => el.validationMessage"));
		this.page.locator("form:has(input[name=from]) button[type=submit]").click();
		assertThat(this.page).not().hasURL(Pattern.compile("from="));

		// Short forms are written out when the field is left, and the server reads them.
		from.fill("1/1/2025");
		from.press("Tab");
		assertThat(from).hasValue("01/01/2025");
		this.page.locator("input[name=to]").fill("31122025");
		this.page.locator("input[name=to]").press("Tab");
		assertThat(this.page.locator("input[name=to]")).hasValue("31/12/2025");
		this.page.locator("form:has(input[name=from]) button[type=submit]").click();
		assertThat(this.page).hasURL(Pattern.compile("from=01%2F01%2F2025"));
		assertThat(this.page.locator("input[name=from]")).hasValue("01/01/2025");
		assertThat(this.page.locator("input[name=to]")).hasValue("31/12/2025");
		screenshot("awards-filtered");
	}

	@Test
	void anEnglishBrowserShowsTheFileFieldInVietnamese() {
		useEnglishBrowser();
		login("canbo.vbb");
		this.page.navigate("/members/import");
		Locator pick = this.page.locator(".file-pick");
		assertThat(pick).containsText("Chọn tệp");
		assertThat(this.page.locator("#file-names")).hasText("Chưa chọn tệp");
		this.page.locator("#file")
			.setInputFiles(new FilePayload("danh-sach-chi-bo.csv", "text/csv",
					"Họ và tên\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(this.page.locator("#file-names")).hasText("danh-sach-chi-bo.csv");
		String text = (String) this.page.evaluate("() => document.body.innerText");
		assertFalse(text.contains("Choose") || text.contains("No file chosen"), text);
		screenshot("file-chosen");
	}

}
