package vn.tuyengiao.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.opinion.OpinionField;
import vn.tuyengiao.opinion.internal.TopicCatalogue;
import vn.tuyengiao.support.BrowserIntegrationTest;
import vn.tuyengiao.support.Fixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a phone (390×844), a commune officer records an opinion item heard in a hamlet and
 * finds its topic among the month's hot topics.
 */
@BrowserIntegrationTest
class OpinionBrowserTest extends BrowserSupport {

	@Autowired
	Fixture.Data fixture;

	@Autowired
	TopicCatalogue topics;

	@Test
	void aCommuneOfficerRecordsAnItemOnAPhoneAndSeesItInTheMonthsHotTopics() {
		String topic = "Giá thu mua lúa vụ Thu Đông " + uniqueLetters(5);
		long topicId = this.topics.create(Scope.system(), this.fixture.communeVbb(), topic, OpinionField.ECONOMY)
			.getId();
		usePhone();
		login("canbo.vbb");
		this.page.navigate("/opinion/hot");
		assertThat(this.page.locator("main")).not().containsText(topic);

		this.page.navigate("/opinion");
		this.page.locator("#new-item summary").click();
		this.page.locator("#item-unit").fill("Vĩnh Lộc 1");
		this.page.locator("#item-unit-list [role=option]").first().click();
		this.page.locator("#hamlet").fill("Ấp Vĩnh Lộc 1");
		this.page.locator("#topicId").selectOption(String.valueOf(topicId));
		this.page.locator("#tendency").selectOption("HESITANT");
		this.page.locator("#intensity").selectOption("HIGH");
		this.page.locator("#spread").selectOption("HAMLET");
		this.page.locator("#content")
			.fill("Bà con ấp Vĩnh Lộc 1 lo lắng vì thương lái ép giá lúa Thu Đông xuống dưới 6.000 đồng/kg");
		this.page.locator("#handling").fill("Đề nghị Hội Nông dân xã kết nối doanh nghiệp bao tiêu");
		assertNoHorizontalScroll();
		screenshot("form");
		this.page.locator("#item-save").click();

		assertThat(this.page).hasURL(Pattern.compile("/opinion/hot"));
		assertThat(this.page.locator("#flash")).containsText("Đã ghi nhận ý kiến");
		assertThat(this.page.locator("#hot-topics [data-topic='" + topicId + "']")).containsText(topic);
		assertThat(this.page.locator("#hot-topics [data-topic='" + topicId + "']"))
			.containsText("Chi bộ ấp Vĩnh Lộc 1");
		assertNoHorizontalScroll();
	}

}
