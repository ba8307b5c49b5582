package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * Issue 12, defect 4: a unit is picked by typing part of its name without diacritics,
 * with the keyboard only on a desktop and with taps on a phone; the picker offers only
 * units of the user's scope.
 */
@BrowserIntegrationTest
class PickerBrowserTest extends BrowserSupport {

	@Autowired
	Fixture.Data fixture;

	@Test
	void anOfficerPicksACellWithTheKeyboardOnly() {
		login("canbo.vbb");
		this.page.navigate("/models");
		Locator field = this.page.locator("#f-unit");
		field.focus();
		this.page.keyboard().type("vinh loc 1");
		Locator options = this.page.locator("#f-unit-list [role=option]");
		assertThat(options.first()).containsText("Chi bộ ấp Vĩnh Lộc 1");
		assertThat(field).hasAttribute("aria-expanded", "true");
		// The first match is highlighted; the arrows move and come back round.
		this.page.keyboard().press("ArrowDown");
		this.page.keyboard().press("ArrowUp");
		assertThat(options.first()).hasAttribute("aria-selected", "true");
		this.page.keyboard().press("Enter");

		assertThat(this.page).hasURL(Pattern.compile("[?&]unit=" + this.fixture.cellVl1() + "(&|$)"));
		assertThat(this.page.locator("#f-unit")).hasValue("Chi bộ ấp Vĩnh Lộc 1");

		// Another commune's cell is not offered to this officer.
		this.page.locator("#f-unit").fill("");
		this.page.locator("#f-unit").focus();
		this.page.keyboard().type("cai chanh");
		assertThat(this.page.locator("#f-unit-list")).containsText("Không tìm thấy");
		assertThat(this.page.locator("#f-unit-list [role=option]")).hasCount(0);
	}

	@Test
	void aPickerWorksByTouchOnAPhone() {
		usePhone();
		login("canbo.vbb");
		this.page.navigate("/models");
		Locator field = this.page.locator("#f-unit");
		field.tap();
		this.page.keyboard().type("truong tieu hoc");
		Locator option = this.page.getByRole(AriaRole.OPTION)
			.filter(new Locator.FilterOptions().setHasText("Bình Minh"));
		assertThat(option).isVisible();
		BoundingBox box = option.boundingBox();
		assertTrue(box.height >= 44, "a row to tap is only " + box.height + " px tall");
		assertTrue(box.x >= 0 && box.x + box.width <= 390, "the list leaves the screen: " + box.x + "+" + box.width);
		assertNoHorizontalScroll();
		screenshot("list");
		option.tap();

		assertThat(this.page).hasURL(Pattern.compile("[?&]unit=" + this.fixture.cellThbm() + "(&|$)"));
		assertThat(this.page.locator("#f-unit")).hasValue("Chi bộ Trường Tiểu học Bình Minh");
	}

}
