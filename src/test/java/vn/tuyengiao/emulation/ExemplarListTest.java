package vn.tuyengiao.emulation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Defect 5 of issue 12 for the short lists (exemplars): 55 exemplars of a commune show 50
 * a page and "Trang sau" the other 5; the form to add one comes before the list; the page
 * offers "In".
 */
@IntegrationTest
class ExemplarListTest extends ModelTestSupport {

	static final Pattern EXEMPLAR = Pattern.compile("href=\"/exemplars/(\\d+)\"");

	static final Pattern NEXT = Pattern
		.compile("class=\"btn btn-sm btn-outline-secondary pager-next\" href=\"([^\"]+)\"");

	@Autowired
	ExemplarService exemplars;

	@Test
	void exemplarsArePagedWithTheFormFirst() throws Exception {
		Commune c = commune("T.TB", "Tân Bình");
		for (int i = 0; i < 55; i++) {
			this.exemplars.create(Scope.system(),
					new ExemplarService.NewExemplar(HolderKind.INDIVIDUAL, c.cellA(), null, "Lâm Văn Tư " + i,
							"Vận động bà con hiến " + (i + 10) + " m² đất làm đường", LocalDate.of(2026, 5, 1),
							DiscoveryMethod.values()[0], ExemplarCategory.values()[0], null));
		}
		String first = page("/exemplars?unit=" + c.commune());
		assertThat(count(first)).isEqualTo(50);
		assertThat(first).contains("Tổng số: 55").contains("data-print");
		assertThat(first.indexOf("id=\"exemplar-form\"")).isPositive()
			.isLessThan(first.indexOf("id=\"exemplar-list\""));
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).isTrue();
		String second = page(org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1)));
		assertThat(count(second)).isEqualTo(5);
	}

	private static int count(String html) {
		Matcher m = EXEMPLAR.matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
