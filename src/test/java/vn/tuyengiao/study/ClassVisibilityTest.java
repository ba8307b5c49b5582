package vn.tuyengiao.study;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stated rule for a campaign's classes (issue 18): a user opens and lists the classes
 * organised in their subtree or above them, never a sibling commune's.
 */
@IntegrationTest
class ClassVisibilityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	@Test
	void aSiblingCommunesClassIsNeitherListedNorOpened() throws Exception {
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.province(), "Học tập chuyên đề năm 2026 về phong cách nêu gương",
						DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 45-KH/TU", LocalDate.of(2026, 3, 1),
						LocalDate.of(2026, 11, 30), null, EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession province = session(c, this.fx.province(), "Hội nghị trực tuyến toàn tỉnh quán triệt chuyên đề");
		StudySession vbb = session(c, this.fx.communeVbb(), "Lớp học tập chuyên đề xã Vĩnh Bình Bắc");
		StudySession pd = session(c, this.fx.communePd(), "Lớp học tập chuyên đề xã Phong Đông");

		// The viewer of Phong Đông: its own class and the province's conference, not Vĩnh
		// Bình Bắc's.
		Scope xemPd = this.users.scopeOf("xem.pd");
		assertThat(this.study.sessions(xemPd, c.getId())).extracting(StudySession::getId)
			.containsExactly(province.getId(), pd.getId());
		assertThatThrownBy(() -> this.study.session(xemPd, vbb.getId())).isInstanceOf(AppException.class);
		this.mvc.perform(get("/study/sessions/{id}", vbb.getId()).with(user("xem.pd")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/study/sessions/{id}", pd.getId()).with(user("xem.pd"))).andExpect(status().isOk());
		this.mvc.perform(get("/study/sessions/{id}", province.getId()).with(user("xem.pd"))).andExpect(status().isOk());
		String campaignPage = this.mvc.perform(get("/study/campaigns/{id}", c.getId()).with(user("xem.pd")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(campaignPage).contains("Lớp học tập chuyên đề xã Phong Đông")
			.doesNotContain("Lớp học tập chuyên đề xã Vĩnh Bình Bắc");
		String api = this.mvc
			.perform(
					get("/api/v1/study/campaigns/{id}/sessions", c.getId()).with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("Phong Đông").doesNotContain("Vĩnh Bình Bắc");
		// The province sees all three.
		assertThat(this.study.sessions(this.users.scopeOf("canbo.tinh.t"), c.getId())).hasSize(3);
	}

	private StudySession session(StudyCampaign c, long organiser, String title) {
		return this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), organiser, title, SessionFormat.IN_PERSON, null,
						LocalDate.of(2026, 4, 10), "Hội trường", "Ban Tuyên giáo", EnumSet.of(Audience.PARTY_MEMBERS),
						false));
	}

}
