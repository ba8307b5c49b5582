package vn.tuyengiao.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.MergedCommune;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * The learning-essays page (issue 12): the essays of a campaign for a unit with their
 * grades, filtered by grade and by name, one essay opened and appraised by the commune; a
 * user of a sibling commune sees none of it, on the page or through the API.
 */
@IntegrationTest
class EssayPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	LearningEssays essays;

	@Autowired
	UserService users;

	@Autowired
	Fixture.Data fx;

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	private StudyCampaign campaignWithEssays() {
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.communeVbb(),
						"Học tập chuyên đề năm 2026 (bài thu hoạch " + System.nanoTime() + ")",
						DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 08-KH/ĐU", LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), true));
		Scope secretary = this.users.scopeOf("bithu.vl1");
		this.essays.submit(secretary, c.getId(), this.fx.thangVl1(), LocalDate.of(2026, 3, 1));
		this.essays.submit(secretary, c.getId(), this.fx.hoaVl1(), LocalDate.of(2026, 3, 2));
		this.essays.appraise(this.users.scopeOf("canbo.vbb"), c.getId(), this.fx.thangVl1(), this.fx.communeVbb(),
				EssayGrade.GOOD, "Liên hệ tốt với nhiệm vụ bí thư chi bộ");
		return c;
	}

	@Test
	void theCommuneListsFiltersOpensAndAppraisesEssays() throws Exception {
		StudyCampaign c = campaignWithEssays();
		String url = "/study/campaigns/" + c.getId() + "/essays";

		String list = page(get(url), "canbo.vbb");
		assertThat(list).contains("Bài thu hoạch — Đảng ủy xã Vĩnh Bình Bắc", "Nguyễn Văn Thắng", "Trần Thị Hòa", "Khá",
				"Chưa thẩm định", "01/03/2026", "Chi bộ ấp Vĩnh Lộc 1", "2 bài thu hoạch");
		assertThat(list).doesNotContainPattern(">[^<]*\\d{4}-\\d{2}-\\d{2}");

		String good = page(get(url).param("grade", "GOOD"), "canbo.vbb");
		assertThat(good).contains("Nguyễn Văn Thắng", "1 bài thu hoạch").doesNotContain("Trần Thị Hòa");
		String ungraded = page(get(url).param("grade", "UNGRADED"), "canbo.vbb");
		assertThat(ungraded).contains("Trần Thị Hòa").doesNotContain("Nguyễn Văn Thắng");
		String byName = page(get(url).param("q", "tran thi hoa"), "canbo.vbb");
		assertThat(byName).contains("Trần Thị Hòa").doesNotContain("Nguyễn Văn Thắng");

		String one = page(get(url + "/" + this.fx.thangVl1()), "canbo.vbb");
		assertThat(one).contains("Bài thu hoạch của đồng chí Nguyễn Văn Thắng", "Khá",
				"Liên hệ tốt với nhiệm vụ bí thư chi bộ", "Đảng ủy xã Vĩnh Bình Bắc", "appraisal-form");

		this.mvc
			.perform(post(url + "/" + this.fx.hoaVl1() + "/appraisal").with(csrf())
				.with(user("canbo.vbb"))
				.param("grade", "PASS")
				.param("comment", "Đạt yêu cầu"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lưu."));
		assertThat(page(get(url + "/" + this.fx.hoaVl1()), "canbo.vbb")).contains("Đạt yêu cầu");
		// The campaign's page leads to the essays.
		assertThat(page(get("/study/campaigns/" + c.getId()), "canbo.vbb")).contains("id=\"essays-link\"");
	}

	/**
	 * Issue 12, defect 3: after the merger the commune's essays and its roll-up through
	 * the API tell apart its "Chi bộ Công an xã".
	 */
	@Test
	void essaysAndTheRollupApiTellSameNamedCellsApart() throws Exception {
		MergedCommune bm = MergedCommune.build(this.org, this.fx.province(), "T.EB");
		long khoi = member("Đặng Văn Khởi", "93791001", bm.policeFromBinhMinh());
		long khai = member("Đặng Văn Khải", "93791002", bm.policeFromVinhThuan());
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(bm.commune(), "Học tập Nghị quyết Đại hội XIV của Đảng (bài thu hoạch)",
						DocumentKind.THEMATIC_TOPIC, "Kế hoạch số 12-KH/ĐU", LocalDate.of(2026, 2, 1),
						LocalDate.of(2026, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), true));
		this.essays.submit(Scope.system(), c.getId(), khoi, LocalDate.of(2026, 4, 2));
		this.essays.submit(Scope.system(), c.getId(), khai, LocalDate.of(2026, 4, 3));

		String list = page(get("/study/campaigns/" + c.getId() + "/essays"), "admin.t");
		assertThat(list).contains("Chi bộ Công an xã (xã Bình Minh cũ)", "Chi bộ Công an xã (xã Vĩnh Thuận cũ)");
		assertThat(page(get("/study/campaigns/" + c.getId() + "/essays/" + khai), "admin.t"))
			.contains("Chi bộ Công an xã (xã Vĩnh Thuận cũ)");
		this.mvc
			.perform(get("/api/v1/study/campaigns/" + c.getId() + "/rollup").param("unit", String.valueOf(bm.commune()))
				.param("depth", "1")
				.with(user("admin.t")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[?(@.unitId == " + bm.policeFromBinhMinh() + ")].unitLabel")
				.value("Chi bộ Công an xã (xã Bình Minh cũ)"))
			.andExpect(jsonPath("$.children[?(@.unitId == " + bm.policeFromBinhMinh() + ")].unitName")
				.value("Chi bộ Công an xã"));
	}

	private long member(String name, String card, long cell) {
		return this.members
			.create(Scope.system(),
					new MemberData(name, Gender.MALE, LocalDate.of(1970, 5, 6), card, LocalDate.of(1995, 5, 19),
							LocalDate.of(1996, 5, 19), null, cell, "Đảng viên", null, MemberStatus.ACTIVE,
							LocalDate.of(2025, 1, 1), false))
			.getId();
	}

	@Test
	void aCellSecretaryCannotAppraiseHisOwnCellsEssays() throws Exception {
		StudyCampaign c = campaignWithEssays();
		this.mvc
			.perform(post("/study/campaigns/" + c.getId() + "/essays/" + this.fx.hoaVl1() + "/appraisal").with(csrf())
				.with(user("bithu.vl1"))
				.param("grade", "EXCELLENT"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("error"));
		assertThat(this.essays.essay(Scope.system(), c.getId(), this.fx.hoaVl1()).grade()).isNull();
	}

	@Test
	void aSiblingCommuneSeesNoneOfItOnThePageOrThroughTheApi() throws Exception {
		StudyCampaign c = campaignWithEssays();
		String url = "/study/campaigns/" + c.getId() + "/essays";
		this.mvc.perform(get(url).with(user("xem.pd"))).andExpect(status().isForbidden());
		this.mvc.perform(get(url + "/" + this.fx.thangVl1()).with(user("xem.pd"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(url + "/" + this.fx.hoaVl1() + "/appraisal").with(csrf())
				.with(user("bithu.cc"))
				.param("grade", "EXCELLENT"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/study/campaigns/" + c.getId() + "/essays")
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.with(user("xem.pd")))
			.andExpect(status().isForbidden());
		assertThat(this.essays.essay(Scope.system(), c.getId(), this.fx.hoaVl1()).grade()).isNull();
	}

	private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return this.mvc.perform(request.with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
