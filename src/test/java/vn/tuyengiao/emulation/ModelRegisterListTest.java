package vn.tuyengiao.emulation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Defect 5 of issue 12: the register of 87 models was one page with "Đăng ký mô hình mới"
 * under the last row. A commune with 63 models: the form's button comes before the table,
 * the register shows 50 a page and "Trang sau" the other 13, sorted by title on request.
 */
@IntegrationTest
class ModelRegisterListTest extends ModelTestSupport {

	static final Pattern MODEL = Pattern.compile("<a href=\"/models/(\\d+)\">([^<]+)</a>");

	static final Pattern NEXT = Pattern
		.compile("class=\"btn btn-sm btn-outline-secondary pager-next\" href=\"([^\"]+)\"");

	@Test
	void theRegisterIsPagedSortableAndOffersRegistrationAtTheTop() throws Exception {
		Commune c = commune("T.MH", "Mỹ Hiệp");
		for (int i = 0; i < 63; i++) {
			this.models.register(Scope.system(),
					new Registration(i % 2 == 0 ? c.cellA() : c.cellB(), null, "Mô hình tự quản số " + (10 + i),
							group("SOCIAL_WELFARE"), Movement.HO_CHI_MINH, null, null, null,
							"Tổ tự quản giữ gìn vệ sinh, thắp sáng đường quê số " + (10 + i), null, null, null, null,
							null, false, false, LocalDate.of(2024, 1, 1).plusDays(i), null));
		}
		String first = page("/models?unit=" + c.commune() + "&sort=title");
		assertThat(first.indexOf("id=\"new-model\"")).isPositive().isLessThan(first.indexOf("id=\"model-table\""));
		assertThat(first).contains("Tổng số: 63");
		Matcher m = MODEL.matcher(first);
		int n = 0;
		String firstTitle = null;
		while (m.find()) {
			firstTitle = firstTitle == null ? m.group(2) : firstTitle;
			n++;
		}
		assertThat(n).isEqualTo(50);
		assertThat(firstTitle).isEqualTo("Mô hình tự quản số 10");
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).isTrue();
		String second = page(org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1)));
		Matcher m2 = MODEL.matcher(second);
		int n2 = 0;
		String last = null;
		while (m2.find()) {
			last = m2.group(2);
			n2++;
		}
		assertThat(n2).isEqualTo(13);
		assertThat(last).isEqualTo("Mô hình tự quản số 72");
		assertThat(NEXT.matcher(second).find()).isFalse();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
