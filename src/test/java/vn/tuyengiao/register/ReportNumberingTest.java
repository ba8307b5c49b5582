package vn.tuyengiao.register;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Lấy số văn bản" on the report pages (study campaign, models): the next BC number of
 * the chosen body, a flash message naming it, and the preview again with the same choices
 * and the number; a failure comes back as a message on the same preview, a body outside
 * the user's scope is refused.
 */
@IntegrationTest
class ReportNumberingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	DocumentRegister register;

	@Autowired
	StudyService study;

	@Autowired
	Fixture.Data fx;

	@Test
	void theStudyReportTakesTheNextNumberAndKeepsTheChosenParameters() throws Exception {
		long commune = commune("Đảng ủy xã Tân Hòa", "RN.TH");
		IssuingBody body = bodyWithTerm(commune, "BTGTH");
		long campaign = this.study
			.createCampaign(Scope.system(),
					new StudyService.NewCampaign(commune, "Học tập chuyên đề năm 2025 về xây dựng Đảng",
							DocumentKind.THEMATIC_TOPIC, null, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31),
							null, EnumSet.of(Audience.PARTY_MEMBERS), false))
			.getId();

		MvcResult numbered = this.mvc
			.perform(post("/study/campaigns/{id}/report/number", campaign).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unit", String.valueOf(commune))
				.param("asOf", "2025-09-30")
				.param("body", String.valueOf(body.getId()))
				.param("signerTitle", "TRƯỞNG BAN")
				.param("signerName", "Lê Thị Thu"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lấy số 01-BC/BTGTH trong sổ văn bản đi."))
			.andReturn();
		String url = numbered.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/study/campaigns/" + campaign + "/report?")
			.contains("unit=" + commune, "asOf=2025-09-30", "body=" + body.getId(), "number=1", "signerTitle=",
					"signerName=");

		String preview = page(url);
		assertThat(preview).contains("Số 01-BC/BTGTH", "Lê Thị Thu", "TRƯỞNG BAN").doesNotContain("id=\"take-number\"");

		this.mvc
			.perform(post("/study/campaigns/{id}/report/number", campaign).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unit", String.valueOf(commune))
				.param("asOf", "2025-09-30")
				.param("body", String.valueOf(body.getId())))
			.andExpect(flash().attribute("flash", "Đã lấy số 02-BC/BTGTH trong sổ văn bản đi."));
	}

	@Test
	void theModelsReportTakesTheNextNumberAndKeepsItsPeriod() throws Exception {
		long commune = commune("Đảng ủy xã Tân Thạnh", "RN.TT");
		IssuingBody body = bodyWithTerm(commune, "BTGTT");

		MvcResult numbered = this.mvc
			.perform(post("/models/report/number").with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unit", String.valueOf(commune))
				.param("from", "2025-01-01")
				.param("to", "2025-09-30")
				.param("body", String.valueOf(body.getId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lấy số 01-BC/BTGTT trong sổ văn bản đi."))
			.andReturn();
		String url = numbered.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/models/report?")
			.contains("unit=" + commune, "from=2025-01-01", "to=2025-09-30", "body=" + body.getId(), "number=1");
		assertThat(page(url)).contains("Số 01-BC/BTGTT").doesNotContain("id=\"take-number\"");
	}

	@Test
	void withoutACommitteeTermThePreviewSaysWhyAndNothingIsNumbered() throws Exception {
		long commune = commune("Đảng ủy xã Tân Lập", "RN.TL");
		IssuingBody body = this.register.createBody(Scope.system(), commune, "Ban Tuyên giáo Đảng ủy xã", "BTGTL",
				"ĐẢNG BỘ TỈNH KIÊN GIANG", "Tân Lập");

		MvcResult refused = this.mvc
			.perform(post("/models/report/number").with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unit", String.valueOf(commune))
				.param("from", "2025-01-01")
				.param("to", "2025-09-30")
				.param("body", String.valueOf(body.getId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error",
					containsString("Ban Tuyên giáo Đảng ủy xã chưa có nhiệm kỳ nào bao gồm ngày")))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/models/report?").doesNotContain("number=");
		assertThat(this.register.recent(Scope.system(), body.getId())).isEmpty();
	}

	@Test
	void aBodyOutsideTheOfficersScopeIsRefused() throws Exception {
		long commune = commune("Đảng ủy xã Tân Phú", "RN.TP");
		IssuingBody body = bodyWithTerm(commune, "BTGTP");
		this.mvc
			.perform(post("/models/report/number").with(user("canbo.vbb"))
				.with(csrf())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.param("from", "2025-01-01")
				.param("to", "2025-09-30")
				.param("body", String.valueOf(body.getId())))
			.andExpect(status().isForbidden());
		assertThat(this.register.recent(Scope.system(), body.getId())).isEmpty();
	}

	private long commune(String name, String code) {
		return this.orgChanges
			.create(Scope.system(),
					new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, name, code, "ĐU",
							LocalDate.of(2010, 1, 1)))
			.getId();
	}

	private IssuingBody bodyWithTerm(long unit, String abbreviation) {
		IssuingBody body = this.register.createBody(Scope.system(), unit, "Ban Tuyên giáo Đảng ủy xã", abbreviation,
				"ĐẢNG BỘ TỈNH KIÊN GIANG", "Tân Hòa");
		this.register.createTerm(Scope.system(), unit, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null);
		return body;
	}

	private String page(String url) throws Exception {
		// The redirect is already encoded, form-style ("+" for a space, which the servlet
		// container decodes but MockMvc
		// does not): passed as a URI, not as a template that would encode it again.
		return this.mvc.perform(get(URI.create(url.replace("+", "%20"))).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
