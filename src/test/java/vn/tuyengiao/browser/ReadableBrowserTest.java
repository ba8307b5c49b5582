package vn.tuyengiao.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

/**
 * Controls a new user must be able to read: every role in the accounts page's lists shown
 * whole, one "save" per row and a differently named password button, and the campaign
 * chart on a phone with every unit's label beside its own bar.
 */
@BrowserIntegrationTest
class ReadableBrowserTest extends BrowserSupport {

	@Autowired
	Fixture.Data fixture;

	@Autowired
	StudyService study;

	@Test
	void theAccountsPageShowsEveryRoleWholeAndOneSaveButtonARow() {
		this.context.close();
		this.context = newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1366, 900));
		login("admin.t");
		this.page.navigate("/admin/users");
		Locator selects = this.page.locator("select[name=role]");
		assertTrue(selects.count() >= 2, "role lists on the page");
		// The widest role's text fits in each list (the arrow takes about 2.25rem).
		@SuppressWarnings("unchecked")
		List<Object> cut = (List<Object>) this.page.evaluate("""
				() => [...document.querySelectorAll('select[name=role]')].filter(s => {
				  const span = document.createElement('span');
				  span.style.font = getComputedStyle(s).font;
				  span.style.whiteSpace = 'nowrap';
				  span.textContent = 'Cán bộ tuyên giáo';
				  document.body.appendChild(span);
				  const need = span.getBoundingClientRect().width + 36;
				  span.remove();
				  return s.getBoundingClientRect().width < need;
				}).map(s => s.closest('tr') ? s.closest('tr').innerText.split('\\t')[0] : 'new')""");
		assertEquals(List.of(), cut, "rows whose role list cuts 'Cán bộ tuyên giáo'");
		Locator row = this.page.locator("tbody tr").first();
		assertThat(row.locator("button[type=submit]", new Locator.LocatorOptions().setHasText("Lưu"))).hasCount(1);
		assertThat(row.locator("button.reset-password")).hasText("Đặt mật khẩu mới");
	}

	@Test
	void theCampaignChartOnAPhoneLabelsEveryUnitBesideItsBar() {
		LocalDate today = LocalDate.now();
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fixture.province(), "Học tập Chỉ thị số 35-CT/TW",
						DocumentKind.DIRECTIVE, "Kế hoạch số 88-KH/TU", today.minusDays(30), today.plusDays(30), null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		usePhone();
		login("canbo.tinh.t");
		this.page.navigate("/study/campaigns/" + c.getId());
		Locator canvas = this.page.locator("#rate-chart");
		assertThat(canvas).isVisible();
		this.page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('rate-chart'))");
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> chart = (java.util.Map<String, Object>) this.page.evaluate("""
				() => { const ch = Chart.getChart(document.getElementById('rate-chart'));
				  return { axis: ch.options.indexAxis, labels: ch.data.labels.length,
				           ticks: ch.scales.y.ticks.length, height: ch.height }; }""");
		assertEquals("y", chart.get("axis"), "a horizontal bar chart");
		assertEquals(chart.get("labels"), chart.get("ticks"), "every unit labelled");
		assertTrue(((Number) chart.get("height")).intValue() >= 28 * ((Number) chart.get("labels")).intValue(),
				"the chart is as tall as its rows: " + chart);
		assertNoHorizontalScroll();
	}

}
