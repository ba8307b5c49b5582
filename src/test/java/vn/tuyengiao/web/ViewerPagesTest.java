package vn.tuyengiao.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The viewer ({@code xem}) reads every page without a control that would only end in
 * "403" on submit: no form that posts (but logging out), no link to a new, edit or import
 * page, no import form.
 */
@IntegrationTest
class ViewerPagesTest {

	private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WRITE_LINK = Pattern.compile("href=\"[^\"]*/(new|edit|import|merge)(\\?[^\"]*)?\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Test
	void theViewerSeesNoWriteControlsOnAnyPage() throws Exception {
		String[] pages = { "/", "/units", "/units/" + this.fx.communePd(), "/units/" + this.fx.cellCc(), "/members",
				"/members/" + this.fx.quyCc(), "/members/import", "/units/import", "/study", "/commitments", "/models",
				"/models/coverage", "/models/review", "/exemplars", "/awards", "/reports", "/models/report" };
		List<String> problems = new ArrayList<>();
		for (String page : pages) {
			MvcResult r = this.mvc.perform(get(page).with(user("xem.pd"))).andReturn();
			String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (r.getResponse().getStatus() != 200) {
				problems.add(page + ": HTTP " + r.getResponse().getStatus());
				continue;
			}
			Matcher forms = POST_FORM.matcher(html);
			while (forms.find()) {
				if (!forms.group().contains("/logout")) {
					problems.add(page + ": " + forms.group());
				}
			}
			Matcher links = WRITE_LINK.matcher(html);
			while (links.find()) {
				problems.add(page + ": " + links.group());
			}
			if (html.contains("type=\"file\"")) {
				problems.add(page + ": a file field");
			}
		}
		assertThat(problems).isEmpty();
	}

}
