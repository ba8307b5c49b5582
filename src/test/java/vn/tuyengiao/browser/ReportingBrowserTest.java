package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.reporting.IncomingRegister;
import vn.tuyengiao.reporting.ReportType;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * The reporting cycle on a phone: a commune officer sees the report the province asked
 * for, drafts it, issues it and submits it; the province officer returns it with a
 * comment; it is back in the commune's inbox with the comment.
 */
@BrowserIntegrationTest
class ReportingBrowserTest extends BrowserSupport {

	@Autowired
	OrgService org;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	IncomingRegister incoming;

	@Autowired
	Clock clock;

	@Test
	void aCommuneSubmitsTheProvinceReturnsItAndItComesBack() {
		Scope system = Scope.system();
		String n = uniqueLetters(5).toUpperCase();
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit province = this.org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Cà Mau " + n, n, "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Tân Hưng", n + ".TH", "ĐU", from));
		this.register.createBody(system, province.getId(), "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDVTU",
				"TỈNH ỦY CÀ MAU", "Cà Mau");
		this.register.createTerm(system, province.getId(), "Nhiệm kỳ 2025–2030", from, null);
		this.register.createBody(system, commune.getId(), "Đảng ủy xã Tân Hưng", "ĐU", null, "Tân Hưng");
		this.register.createTerm(system, commune.getId(), "Nhiệm kỳ 2025–2030", from, null);
		String xa = "xa." + n.toLowerCase();
		String tinh = "tinh." + n.toLowerCase();
		this.users.create(system,
				new UserService.NewUser(xa, xa, Role.OFFICER, commune.getId(), Fixture.PASSWORD, false));
		this.users.create(system,
				new UserService.NewUser(tinh, tinh, Role.OFFICER, province.getId(), Fixture.PASSWORD, false));
		LocalDate today = LocalDate.now(this.clock);
		Scope provinceOfficer = this.users.scopeOf(tinh);
		this.incoming
			.register(provinceOfficer,
					new IncomingRegister.IncomingForm(
							province.getId(), "45-CV/BTGDVTU", today.minusDays(3), today.minusDays(3), null,
							"Ban Tuyên giáo và Dân vận Tỉnh ủy", "V/v báo cáo kết quả công tác tuyên giáo năm 2026"),
					null,
					new IncomingRegister.RequestForm(province.getId(), province.getId(), List.of(), ReportType.YEARLY,
							"kết quả công tác tuyên giáo năm 2026", LocalDate.of(2026, 1, 1),
							LocalDate.of(2026, 12, 31), today.plusDays(15), null));

		usePhone();
		login(xa);
		this.page.navigate("/reporting");
		Locator item = this.page.locator("#inbox .list-group-item").first();
		assertThat(item).containsText("kết quả công tác tuyên giáo năm 2026");
		assertThat(item).containsText("Phải nộp");
		item.locator(".draft-report").tap();

		// The draft: write each section, save, issue.
		assertThat(this.page.locator("#draft-form")).isVisible();
		Locator areas = this.page.locator("#draft-form textarea");
		// The yearly report is drafted from its template; the officer adds a sentence to
		// the
		// opening paragraph (and writes any section the template left dotted).
		String sentence = "Đã tổ chức quán triệt cho 100% chi bộ trực thuộc, có 245/260 đảng viên tham dự.";
		for (int i = 0; i < areas.count(); i++) {
			if (areas.nth(i).inputValue().startsWith("……")) {
				areas.nth(i).fill(sentence);
			}
		}
		areas.first().fill(areas.first().inputValue() + " " + sentence);
		this.page.locator("#save-draft").tap();
		assertThat(this.page.locator("#flash")).isVisible();
		this.page.locator("#issue").tap();
		assertThat(this.page.locator("#draft-status")).hasText("Số 01-BC/ĐU");

		this.page.navigate("/reporting");
		item = this.page.locator("#inbox .list-group-item").first();
		assertThat(item.locator("select[name=draft]")).containsText("01-BC/ĐU");
		item.locator(".submit-report").tap();
		assertThat(this.page.locator("#flash")).hasText("Đã nộp báo cáo 01-BC/ĐU.");
		assertThat(this.page.locator("#inbox .list-group-item").first()).containsText("Đã nộp, chờ xem xét");
		assertNoHorizontalScroll();
		screenshot("submitted");

		// The province officer returns it with a comment.
		usePhone();
		login(tinh);
		this.page.navigate("/reporting");
		this.page.locator("#received a").first().tap();
		assertThat(this.page.locator("#completeness")).hasText("1/1 (100,00%)");
		Locator row = this.page.locator("[data-unit='" + commune.getId() + "']");
		row.locator("input.decide-comment").fill("Bổ sung số liệu học tập nghị quyết của các chi bộ.");
		row.locator(".return-report").tap();
		assertThat(this.page.locator("#flash")).hasText("Đã trả lại báo cáo 01-BC/ĐU cho đơn vị sửa.");
		assertThat(this.page.locator("#completeness")).hasText("0/1 (0,00%)");
		assertNoHorizontalScroll();
		screenshot("returned");

		// Back in the commune's inbox, with the comment and a draft to correct.
		usePhone();
		login(xa);
		this.page.navigate("/reporting");
		item = this.page.locator("#inbox .list-group-item").first();
		assertThat(item).containsText("Bị trả lại");
		assertThat(item.locator(".return-comment"))
			.hasText("Cấp trên trả lại: Bổ sung số liệu học tập nghị quyết của các chi bộ.");
		assertThat(item.locator(".draft-report")).hasText("Sửa dự thảo");
		item.locator(".draft-report").tap();
		assertThat(this.page.locator("#draft-form")).isVisible();
		assertThat(this.page.locator("#draft-form")).containsText("245/260");
	}

}
