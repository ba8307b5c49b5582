package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.options.SelectOption;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.press.FrequencyUnit;
import vn.tuyengiao.press.PressCatalogue;
import vn.tuyengiao.press.TitleKind;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Issue 14, party press on a phone: a commune officer sees that the commune has not yet
 * subscribed its three required titles, records the subscriptions one by one, and sees
 * the commune counted as taking every required title; then renews them for next year in
 * one tap.
 */
@BrowserIntegrationTest
class PressBrowserTest extends BrowserSupport {

	@Autowired
	OrgService org;

	@Autowired
	UserService users;

	@Autowired
	PressCatalogue catalogue;

	@Test
	void aCommuneOfficerRecordsItsSubscriptionsOnAPhoneAndSeesTheCommuneCompliant() {
		Scope system = Scope.system();
		String n = uniqueLetters(5).toUpperCase();
		OrgUnit commune = this.org.create(system, new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Phong " + n, n + ".VP", "ĐU", LocalDate.of(2025, 7, 1)));
		this.org.create(system, new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Thành", n + ".VP.VT",
				"CB", LocalDate.of(2025, 7, 1)));
		for (String[] t : new String[][] { { "Báo Nhân Dân " + n, "7", "WEEK" },
				{ "Tạp chí Cộng sản " + n, "2", "MONTH" }, { "Báo An Giang " + n, "7", "WEEK" } }) {
			long id = this.catalogue
				.createTitle(system, new PressCatalogue.TitleForm(t[0], "Cơ quan chủ quản", TitleKind.DAILY_NEWSPAPER,
						Integer.valueOf(t[1]), FrequencyUnit.valueOf(t[2]), LocalDate.of(1976, 1, 1), null, null, null))
				.getId();
			this.catalogue.createRule(system, commune.getId(),
					new PressCatalogue.RuleForm("Đảng ủy xã", null, id, LocalDate.of(2025, 7, 1), null, null, null));
		}
		String officer = "canbo." + n.toLowerCase();
		this.users.create(system,
				new UserService.NewUser(officer, officer, Role.OFFICER, commune.getId(), Fixture.PASSWORD, false));

		usePhone();
		login(officer);
		this.page.navigate("/press");
		assertThat(this.page.locator("#count-complete")).hasText("0/1");
		this.page.locator("#own-subscriptions").tap();
		assertThat(this.page.locator("#compliance-status")).containsText("Đã đặt 0/3");
		screenshot("before");
		subscribe("Báo Nhân Dân " + n, "2");
		assertThat(this.page.locator("#flash")).hasText("Đã ghi đặt mua Báo Nhân Dân " + n + ".");
		assertThat(this.page.locator("#compliance-status")).containsText("Đã đặt 1/3");
		subscribe("Tạp chí Cộng sản " + n, "1");
		subscribe("Báo An Giang " + n, "2");
		assertThat(this.page.locator("#compliance-status")).hasText("Đã đặt đủ 3 báo, tạp chí bắt buộc.");
		assertThat(this.page.locator("#subscriptions .list-group-item")).hasCount(3);
		assertNoHorizontalScroll();

		// Subscribing the same title again for the same year is refused, nothing saved.
		this.page.locator("details summary").tap();
		subscribe("Báo An Giang " + n, "1");
		assertThat(this.page.locator("#error-message")).containsText("trùng thời gian");
		this.page.navigate("/press");
		assertThat(this.page.locator("#count-complete")).hasText("1/1");
		assertThat(this.page.locator("#rate")).hasText("100,00%");
		assertNoHorizontalScroll();

		// At the year's end the three are renewed for next year in one tap.
		this.page.locator("#own-subscriptions").tap();
		this.page.locator("#renew-subscriptions").tap();
		assertThat(this.page.locator("#flash")).hasText("Đã đặt tiếp 03 báo, tạp chí cho kỳ sau.");
		assertThat(this.page.locator("#subscriptions .list-group-item")).hasCount(6);
		assertThat(this.page.locator("#subscriptions")).containsText("Năm 1/" + (LocalDate.now().getYear() + 1));
		assertNoHorizontalScroll();
		screenshot("renewed");
		// A second tap adds nothing and says why.
		this.page.locator("#renew-subscriptions").tap();
		assertThat(this.page.locator("#flash")).containsText("Không có báo, tạp chí nào cần đặt tiếp.");
		assertThat(this.page.locator("#subscriptions .list-group-item")).hasCount(6);
	}

	private void subscribe(String title, String copies) {
		this.page.locator("#titleId").selectOption(new SelectOption().setLabel(title));
		this.page.locator("#copies").fill(copies);
		this.page.locator("#save-subscription").tap();
	}

	@Autowired
	Fixture.Data fx;

}
