package vn.tuyengiao.study;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTML forms of the study pages, bound to request records: a campaign, a class, a
 * population and a headcount entered as an officer would, and refusals shown on the page.
 */
@IntegrationTest
class StudyFormsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	StudyRollup rollup;

	@Autowired
	Fixture.Data fx;

	@Test
	void anOfficerEntersACampaignAClassAPopulationAndAHeadcount() throws Exception {
		String campaignUrl = this.mvc
			.perform(post("/study").with(user("canbo.vbb"))
				.with(csrf())
				.param("ownerCode", "T.VBB")
				.param("title", "Học tập Chỉ thị số 35-CT/TW")
				.param("documentKind", "DIRECTIVE")
				.param("basisPlan", "")
				.param("periodFrom", "2025-10-01")
				.param("periodTo", "2025-12-31")
				.param("deadline", "")
				.param("audiences", "PARTY_MEMBERS", "UNION_MEMBERS"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã tạo đợt học tập Học tập Chỉ thị số 35-CT/TW."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(campaignUrl).startsWith("/study/campaigns/");
		long campaignId = Long.parseLong(campaignUrl.substring("/study/campaigns/".length()));
		StudyCampaign campaign = this.study.campaign(Scope.system(), campaignId);
		assertThat(campaign.getDocumentKind()).isEqualTo(DocumentKind.DIRECTIVE);
		assertThat(campaign.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(campaign.getDeadline()).isNull();
		assertThat(campaign.getAudiences()).containsExactlyInAnyOrder(Audience.PARTY_MEMBERS, Audience.UNION_MEMBERS);

		String sessionUrl = this.mvc
			.perform(post("/study/campaigns/{id}/sessions", campaignId).with(user("canbo.vbb"))
				.with(csrf())
				.param("organiserCode", "T.VBB")
				.param("title", "Lớp cho đoàn viên")
				.param("format", "ONLINE")
				.param("hostSessionId", "")
				.param("heldOn", "2025-10-15")
				.param("place", "Hội trường xã")
				.param("presenters", "")
				.param("audiences", "UNION_MEMBERS")
				.param("makeUp", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã thêm lớp Lớp cho đoàn viên."))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long sessionId = Long.parseLong(sessionUrl.substring("/study/sessions/".length()));
		StudySession session = this.study.session(Scope.system(), sessionId);
		assertThat(session.getFormat()).isEqualTo(SessionFormat.ONLINE);
		assertThat(session.isMakeUp()).isTrue();
		assertThat(session.getHostSessionId()).isNull();
		assertThat(session.getHeldOn()).isEqualTo(LocalDate.of(2025, 10, 15));

		this.mvc
			.perform(post("/study/campaigns/{id}/populations", campaignId).with(user("canbo.vbb"))
				.with(csrf())
				.param("unitCode", "T.VBB")
				.param("audience", "UNION_MEMBERS")
				.param("population", "300"))
			.andExpect(redirectedUrl("/study/campaigns/" + campaignId))
			.andExpect(flash().attribute("flash", "Đã lưu."));
		this.mvc
			.perform(post("/study/sessions/{id}/headcounts", sessionId).with(user("canbo.vbb"))
				.with(csrf())
				.param("unitCode", "T.VBB")
				.param("audience", "UNION_MEMBERS")
				.param("attended", "240"))
			.andExpect(redirectedUrl("/study/campaigns/" + campaignId))
			.andExpect(flash().attribute("flash", "Đã lưu."));
		// Above the population: refused on the page, nothing saved.
		this.mvc
			.perform(post("/study/sessions/{id}/headcounts", sessionId).with(user("canbo.vbb"))
				.with(csrf())
				.param("unitCode", "T.VBB")
				.param("audience", "UNION_MEMBERS")
				.param("attended", "301"))
			.andExpect(redirectedUrl("/study/campaigns/" + campaignId))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("vượt quá")));
		assertThat(this.rollup.rollup(Scope.system(), campaignId, this.fx.communeVbb(), LocalDate.of(2025, 12, 31))
			.audiences()
			.get(Audience.UNION_MEMBERS)).isEqualTo(new StudyRollup.Headcount(240, 300));
	}

	@Test
	void aClassOutsideThePeriodOrAnUnknownCodeIsRefusedOnThePage() throws Exception {
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.communeVbb(), "Học tập Nghị quyết số 57-NQ/TW",
						DocumentKind.RESOLUTION, null, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 30), null,
						java.util.EnumSet.of(Audience.PARTY_MEMBERS), false));
		this.mvc
			.perform(post("/study/campaigns/{id}/sessions", c.getId()).with(user("canbo.vbb"))
				.with(csrf())
				.param("organiserCode", "T.VBB")
				.param("title", "Lớp muộn")
				.param("format", "IN_PERSON")
				.param("heldOn", "2025-12-15")
				.param("audiences", "PARTY_MEMBERS"))
			.andExpect(redirectedUrl("/study/campaigns/" + c.getId()))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("nằm ngoài thời gian")));
		this.mvc
			.perform(post("/study").with(user("canbo.vbb"))
				.with(csrf())
				.param("ownerCode", "KHONG.CO")
				.param("title", "Đợt học tập thử")
				.param("documentKind", "OTHER")
				.param("periodFrom", "2025-10-01")
				.param("periodTo", "2025-12-31")
				.param("audiences", "PARTY_MEMBERS"))
			.andExpect(redirectedUrl("/study"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("KHONG.CO")));
		assertThat(this.study.sessions(Scope.system(), c.getId())).isEqualTo(List.of());
	}

}
