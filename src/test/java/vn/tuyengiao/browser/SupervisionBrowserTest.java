package vn.tuyengiao.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.supervision.FindingKind;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.PlanKind;
import vn.tuyengiao.supervision.SupervisionFindings;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13 on a phone: a commune officer reports an overdue remedy done; the province
 * officer, who sees it escalated on the home page, accepts it on the visit page and the
 * home page no longer counts it. The province is one of the test's own, so the count is
 * its alone.
 */
@BrowserIntegrationTest
class SupervisionBrowserTest extends BrowserSupport {

	@Autowired
	OrgService org;

	@Autowired
	UserService users;

	@Autowired
	SupervisionPlans plans;

	@Autowired
	SupervisionFindings findings;

	@Test
	void aCommuneOfficerAnswersARemedyAndTheProvinceAcceptsItAndTheHomeCountDrops() {
		Scope system = Scope.system();
		String n = uniqueLetters(6).toUpperCase();
		OrgUnit province = this.org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Cà Mau " + n, n, "TU", LocalDate.of(2015, 1, 1)));
		OrgUnit commune = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Tân Thuận", n + ".TT", "ĐU", LocalDate.of(2025, 7, 1)));
		String provinceOfficer = "tinh." + n.toLowerCase();
		String communeOfficer = "xa." + n.toLowerCase();
		this.users.create(system, new UserService.NewUser(provinceOfficer, provinceOfficer, Role.OFFICER,
				province.getId(), Fixture.PASSWORD, false));
		this.users.create(system, new UserService.NewUser(communeOfficer, communeOfficer, Role.OFFICER, commune.getId(),
				Fixture.PASSWORD, false));
		Plan plan = this.plans.create(system,
				new SupervisionPlans.NewPlan(province.getId(), PlanKind.THEMATIC, "Kế hoạch số 12-KH/TU",
						"Giám sát thực hiện Kết luận 01-KL/TW", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31),
						List.of(commune.getId()), List.of(provinceOfficer), provinceOfficer));
		Visit visit = this.plans.addVisit(system, plan.id(), commune.getId(), LocalDate.of(2026, 4, 2), List.of());
		this.findings.record(system, visit.id(),
				new SupervisionFindings.NewFinding(UUID.randomUUID().toString(), FindingKind.SHORTCOMING, "BOOKS_LOG",
						"Không có sổ theo dõi cho mượn sách", null, "Lập sổ theo dõi cho mượn sách", null, null,
						LocalDate.of(2026, 5, 31)));

		usePhone();
		login(provinceOfficer);
		assertThat(this.page.locator("#overdue-remedies"))
			.hasText("Giám sát: 1 yêu cầu khắc phục của cấp dưới đã quá hạn.");

		usePhone();
		login(communeOfficer);
		this.page.navigate("/supervision/findings");
		Locator row = this.page.locator(".finding-row").filter(new Locator.FilterOptions().setHasText("sổ theo dõi"));
		assertThat(row.locator(".remedy-status")).containsText("Đang khắc phục");
		row.locator("textarea[name=report]").fill("Đã lập sổ theo dõi cho mượn sách từ ngày 02/06/2026");
		row.locator(".remedy-report-form button[type=submit]").tap();
		assertThat(this.page.locator("#flash")).hasText("Đã gửi báo cáo khắc phục.");
		assertThat(row.locator(".remedy-status")).containsText("chờ Tổ giám sát xem xét");
		assertNoHorizontalScroll();
		screenshot("reported");

		usePhone();
		login(provinceOfficer);
		this.page.navigate("/supervision/visits/" + visit.id());
		Locator finding = this.page.locator("#visit-findings .finding-row");
		assertThat(finding.locator(".remedy-report")).hasText("Đã lập sổ theo dõi cho mượn sách từ ngày 02/06/2026");
		finding.locator("button.accept").tap();
		assertThat(this.page.locator("#flash")).hasText("Đã ghi ý kiến của Tổ giám sát.");
		assertThat(finding.locator(".remedy-status")).containsText("Đã khắc phục");
		assertNoHorizontalScroll();
		this.page.navigate("/");
		assertThat(this.page.locator("#overdue-remedies")).hasCount(0);
	}

}
