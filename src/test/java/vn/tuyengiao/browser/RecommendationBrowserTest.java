package vn.tuyengiao.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.support.BrowserIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a phone: a commune officer raises a recommendation to the province, the province
 * officer answers it, and the commune finds the answer returned to it.
 */
@BrowserIntegrationTest
class RecommendationBrowserTest extends BrowserSupport {

	@Test
	void communeRaisesProvinceAnswersCommuneSeesTheAnswer() {
		String suffix = uniqueLetters(5);
		String subject = "Tài liệu học tập nghị quyết " + suffix;
		usePhone();
		login("canbo.vbb");
		this.page.navigate("/recommendations");
		this.page.locator("#new-recommendation").click();
		assertThat(this.page.locator("#raisedUnitId-picker")).hasValue("Đảng ủy xã Vĩnh Bình Bắc");
		this.page.locator("#sourceKind").selectOption("CELL_MEETING");
		this.page.locator("#field").selectOption("DOCUMENTS");
		this.page.locator("#subject").fill(subject);
		this.page.locator("#body")
			.fill("Đề nghị Ban Tuyên giáo Tỉnh ủy cung cấp tài liệu đầy đủ hơn cho đảng viên ở cơ sở trong học tập nghị quyết (hiện nay 03 đảng viên/cuốn)");
		this.page.locator("#addresseeUnitId").selectOption(new SelectOption().setLabel("Tỉnh ủy Kiên Giang"));
		assertNoHorizontalScroll();
		this.page.locator("#raise").click();
		assertThat(this.page).hasURL(Pattern.compile("/recommendations/\\d+$"));
		assertThat(this.page.locator("#flash")).containsText("Đã ghi nhận kiến nghị");
		assertThat(this.page.locator("#recommendation-status")).hasText("Đã tiếp nhận");
		assertThat(this.page.locator("#respond-form")).hasCount(0);
		String url = this.page.url();
		screenshot("raised");

		// The province officer answers it, on a phone too.
		this.context.close();
		this.context = null;
		usePhoneFresh();
		login("canbo.tinh.t");
		this.page.navigate(url);
		this.page.locator("#status").selectOption("RESOLVED");
		this.page.locator("#answer")
			.fill("Ban Tuyên giáo in bổ sung tài liệu, bảo đảm 01 cuốn cho mỗi đảng viên " + suffix);
		this.page.locator("#respond").click();
		assertThat(this.page.locator("#flash")).containsText("Đã trả lời kiến nghị");
		assertThat(this.page.locator("#recommendation-status")).hasText("Đã giải quyết");
		screenshot("answered");

		// The commune sees the answer returned to it.
		this.context.close();
		this.context = null;
		usePhoneFresh();
		login("canbo.vbb");
		this.page.navigate("/recommendations");
		assertThat(this.page.locator("#unseen-badge")).containsText("trả lời mới");
		this.page
			.locator("#recommendation-views a",
					new com.microsoft.playwright.Page.LocatorOptions().setHasText("Trả lời đã nhận"))
			.click();
		this.page
			.locator("#recommendation-list a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(subject))
			.click();
		assertThat(this.page.locator("#recommendation-answer")).containsText("01 cuốn cho mỗi đảng viên " + suffix);
		assertNoHorizontalScroll();
		this.page.navigate("/recommendations");
		assertThat(this.page.locator("#recommendation-list")).containsText(subject);
	}

	private void usePhoneFresh() {
		this.context = newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true));
	}

}
