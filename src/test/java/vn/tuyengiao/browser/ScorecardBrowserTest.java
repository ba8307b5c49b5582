package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.scorecard.ScorecardWorld;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * The scorecard on a phone (390×844): the province officer reads the table (it scrolls
 * sideways inside its frame, the page does not, the unit column stays in view), every
 * cell carries its text mark beside the colour, a cell opens the units behind it, and a
 * row's name opens that unit's own scorecard.
 */
@BrowserIntegrationTest
class ScorecardBrowserTest extends BrowserSupport {

	private static final Pattern MARK = Pattern.compile("Đạt|Gần đạt|Chưa đạt|Không có số liệu");

	@Autowired
	OrgService orgService;

	@Autowired
	OrgUnits units;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theProvinceOfficerReadsTheScorecardOnAPhoneAndDrillsDown() {
		ScorecardWorld w = ScorecardWorld.build(this.orgService, this.units, this.members, this.users);
		w.records(this.jdbc, this.units);
		// An officer of the province whose name is the login (the login helper checks the
		// menu shows it).
		String officer = "tinh.sc." + w.code().toLowerCase();
		this.users.create(Scope.system(),
				new UserService.NewUser(officer, officer, Role.OFFICER, w.province(), Fixture.PASSWORD, false));

		usePhone();
		login(officer);
		this.page.navigate("/scorecard?unit=" + w.province() + "&from=01/01/2026&to=30/11/2026");
		Locator table = this.page.locator("#scorecard-table");
		assertThat(table).isVisible();
		assertThat(this.page.locator("#thresholds")).containsText("Xanh ≥ 90%, vàng 70–90%, đỏ < 70%");
		Locator row = this.page.locator("#scorecard-table tbody tr[data-unit='" + w.giongTrom() + "']");
		Locator study = row.locator("td[data-indicator='study']");
		assertThat(study).containsText("5/6 (83,33%)");
		// Colour is never the only sign: every cell shows its mark as text, also in the
		// total row.
		Locator marks = this.page.locator("#scorecard-table .sc-mark");
		assertTrue(marks.count() >= 14, "a mark in every cell");
		for (int i = 0; i < marks.count(); i++) {
			assertThat(marks.nth(i)).isVisible();
			assertThat(marks.nth(i)).hasText(MARK);
		}
		assertThat(this.page.locator("#total-row td[data-indicator='study']")).containsText("6/8 (75,00%)");
		// Readable: body text at least 12 px; the table scrolls in its frame, not the
		// page.
		Number size = (Number) this.page
			.evaluate("() => parseFloat(getComputedStyle(document.querySelector('#scorecard-table td')).fontSize)");
		assertTrue(size.doubleValue() >= 12, "cell text of " + size + " px");
		assertNoHorizontalScroll();
		this.page.evaluate("() => document.querySelector('.scorecard-wrap').scrollLeft = 10000");
		Number left = (Number) this.page.evaluate(
				"() => document.querySelector('#scorecard-table tbody th.sc-unit')" + ".getBoundingClientRect().left");
		assertTrue(left.doubleValue() >= -1 && left.doubleValue() < 40,
				"the unit column stays in view when the table scrolls (left " + left + " px)");
		screenshot("table");

		// A cell opens the units behind its number.
		this.page.evaluate("() => document.querySelector('.scorecard-wrap').scrollLeft = 0");
		study.locator("a").tap();
		assertThat(this.page).hasURL(Pattern.compile("/scorecard/cell\\?"));
		Locator cells = this.page.locator("#cell-table");
		assertThat(cells).containsText("Chi bộ ấp Mỹ Hòa");
		assertThat(cells.locator("tr", new Locator.LocatorOptions().setHasText("Chi bộ ấp Mỹ Hòa")))
			.containsText("3/3 (100,00%)");
		assertThat(cells.locator("tbody tr").first().locator("td").nth(2)).hasText(MARK);
		assertThat(this.page.locator("#records a").first()).isVisible();
		assertNoHorizontalScroll();
		screenshot("cell");

		// A row's name opens that unit's own scorecard.
		this.page.goBack();
		this.page.locator("#scorecard-table tbody tr[data-unit='" + w.giongTrom() + "'] th a").tap();
		assertThat(this.page.locator("h1")).containsText("Đảng ủy xã Giồng Trôm");
		assertThat(this.page.locator("#scorecard-table")).containsText("Chi bộ ấp Mỹ Hòa");
		assertNoHorizontalScroll();
	}

}
