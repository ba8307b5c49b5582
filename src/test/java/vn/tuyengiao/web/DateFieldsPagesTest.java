package vn.tuyengiao.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dates are typed and shown as dd/mm/yyyy in every form, whatever the browser's language;
 * a date that cannot be read is refused naming the field.
 */
@IntegrationTest
class DateFieldsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Test
	void aMemberIsSavedFromDayMonthYearDatesAndItsFormShowsThemSo() throws Exception {
		this.mvc
			.perform(post("/members").with(user("bithu.vl1"))
				.with(csrf())
				.param("fullName", "Đặng Thị Hồng Nhung")
				.param("gender", "FEMALE")
				.param("birthDate", "07/11/1984")
				.param("cardNumber", "95000077")
				.param("joinDate", "3/2/2010")
				.param("fullMemberDate", "03/02/2011")
				.param("unitCode", "T.VBB.VL1")
				.param("position", "Đảng viên")
				.param("status", "ACTIVE")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/members").param("q", "dang thi hong nhung").with(user("bithu.vl1")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("/members/(\\d+)\"").matcher(page);
		org.assertj.core.api.Assertions.assertThat(m.find()).as("the new member is listed").isTrue();
		this.mvc.perform(get("/members/" + m.group(1) + "/edit").with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"07/11/1984\""), containsString("value=\"03/02/2010\""),
						containsString("placeholder=\"dd/mm/yyyy\""), containsString("inputmode=\"numeric\""),
						not(containsString("type=\"date\"")), not(containsString("1984-11-07")))));
	}

	@Test
	void aDateThatCannotBeReadIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post("/members").with(user("bithu.vl1"))
				.with(csrf())
				.param("fullName", "Lý Văn Tâm")
				.param("gender", "MALE")
				.param("birthDate", "31/02/1984")
				.param("joinDate", "03/02/2010")
				.param("unitCode", "T.VBB.VL1")
				.param("status", "ACTIVE")
				.param("version", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ngày sinh «31/02/1984» không phải là một ngày hợp lệ")));
	}

	@Test
	void anImpossibleIsoDateIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post("/units/" + this.fx.cellVl1() + "/close").param("date", "2026-02-30")
				.param("version", "0")
				.with(csrf())
				.with(user("canbo.vbb")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("«2026-02-30» không phải là một ngày hợp lệ")));
	}

}
