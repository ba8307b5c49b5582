package vn.tuyengiao.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.SessionFormat;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.study.StudySession;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page tells an official where things stand in their part of the tree: the
 * current campaigns with a rate and a light per child unit, what is overdue, each
 * drilling down; an official of a sibling commune sees none of it.
 */
@IntegrationTest
class HomeDashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	CommitmentService commitments;

	@Autowired
	Fixture.Data fx;

	@Test
	void theCommuneOfficerSeesTheCurrentCampaignsByCellAndWhatIsOverdue() throws Exception {
		LocalDate today = LocalDate.now();
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.communeVbb(), "Học tập chuyên đề năm 2026 về tinh thần tự lực",
						DocumentKind.CONCLUSION, "Kế hoạch số 45-KH/ĐU", today.minusDays(40), today.plusDays(40),
						today.minusDays(2), EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession s = this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), this.fx.communeVbb(), "Hội nghị học tập chuyên đề năm 2026",
						SessionFormat.IN_PERSON, null, today.minusDays(10), "Hội trường xã", "Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		this.mvc
			.perform(post("/study/sessions/{id}/cells/{cell}", s.getId(), this.fx.cellVl1()).with(user("bithu.vl1"))
				.with(csrf())
				.param("present", String.valueOf(this.fx.thangVl1())))
			.andExpect(status().is3xxRedirection());
		var k = this.commitments.createCampaign(Scope.system(),
				new CommitmentService.NewCampaign(this.fx.communeVbb(), today.getYear(),
						CommitmentKind.YEARLY_COMMITMENT, "Cam kết tu dưỡng, rèn luyện của đảng viên xã Vĩnh Bình Bắc",
						today.minusDays(60), today.minusDays(5), false, true, null));

		String page = page("canbo.vbb");
		assertThat(page).contains("Học tập chuyên đề năm 2026 về tinh thần tự lực")
			.contains("Cam kết tu dưỡng, rèn luyện của đảng viên xã Vĩnh Bình Bắc")
			// drill-downs: the campaign at each cell, the members still to attend, the
			// reminders
			.contains("/study/campaigns/" + c.getId() + "?unit=" + this.fx.cellVl1())
			.contains("/study/campaigns/" + c.getId() + "/missing?unit=" + this.fx.communeVbb())
			.contains("/commitments/campaigns/" + k.id() + "/reminders?unit=" + this.fx.communeVbb())
			.contains("Chi bộ ấp Vĩnh Lộc 1")
			.contains("đã quá hạn ngày")
			// one of the cell's members attended of more who had to: below 75%, a red
			// light
			.contains("text-bg-danger")
			.contains("Đã nộp", "Chi bộ đã ký", "Phải nộp")
			.doesNotContain("sẽ lần lượt được đưa vào")
			.doesNotContain("??");

		// The viewer of Phong Đông, a sibling commune, sees none of Vĩnh Bình Bắc's
		// campaigns.
		assertThat(page("xem.pd")).doesNotContain("Học tập chuyên đề năm 2026 về tinh thần tự lực")
			.doesNotContain("Cam kết tu dưỡng, rèn luyện của đảng viên xã Vĩnh Bình Bắc")
			.doesNotContain("Chi bộ ấp Vĩnh Lộc 1");
	}

	@Test
	void theReportsMenuListsTheReportsThatExist() throws Exception {
		String layout = page("canbo.vbb");
		assertThat(layout).contains("href=\"/models/report\"").contains("id=\"reports-menu\"");
		String reports = this.mvc.perform(get("/reports").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(reports).contains("Báo cáo kết quả học tập, quán triệt")
			.contains("Báo cáo mô hình, gương điển hình, khen thưởng")
			.doesNotContain("Sắp có");
	}

	private String page(String username) throws Exception {
		return this.mvc.perform(get("/").with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
