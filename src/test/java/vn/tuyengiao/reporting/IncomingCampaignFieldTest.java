package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

/**
 * The incoming form names the study campaign a request reports on: the province officer
 * picks it from the campaigns they take part in and the request keeps it.
 */
@IntegrationTest
class IncomingCampaignFieldTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	IncomingRegister incoming;

	@Autowired
	Fixture.Data fx;

	@Test
	void aRequestCarriesTheStudyCampaignChosenOnTheForm() throws Exception {
		StudyCampaign campaign = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.province(),
						"Học tập Nghị quyết Hội nghị Trung ương 10 khóa XIII (trường kiểm tra)",
						DocumentKind.RESOLUTION, "Kế hoạch số 12-KH/BTGTU", LocalDate.of(2025, 1, 1),
						LocalDate.of(2025, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), false));
		this.mvc.perform(get("/incoming").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"campaign\"")))
			.andExpect(content().string(containsString("Học tập Nghị quyết Hội nghị Trung ương 10 khóa XIII")))
			.andExpect(content().string(containsString("— Không gắn đợt học tập —")));

		String url = this.mvc.perform(incoming("88-CV/BTGTW", String.valueOf(campaign.getId())))
			.andExpect(flash().attribute("flash", containsString("88-CV/BTGTW")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long doc = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		assertThat(this.incoming.requests(Scope.system(), doc)).extracting(ReportRequest::campaignId)
			.containsExactly(campaign.getId());
	}

	private org.springframework.test.web.servlet.RequestBuilder incoming(String number, String campaign) {
		return post("/incoming").with(user("canbo.tinh.t"))
			.with(csrf())
			.param("unit", String.valueOf(this.fx.province()))
			.param("number", number)
			.param("issuedOn", "2025-12-01")
			.param("receivedOn", "2025-12-02")
			.param("issuerName", "Ban Tuyên giáo Trung ương")
			.param("subject", "V/v báo cáo kết quả học tập Nghị quyết")
			.param("asks", "true")
			.param("respondingRoot", String.valueOf(this.fx.province()))
			.param("type", "CAMPAIGN_RESULT")
			.param("title", "kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 10")
			.param("periodFrom", "2025-01-01")
			.param("periodTo", "2025-12-31")
			.param("deadline", "2026-01-15")
			.param("campaign", campaign);
	}

}
