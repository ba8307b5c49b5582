package vn.tuyengiao.study;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StudyPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	StudyRollup rollup;

	@Autowired
	Fixture.Data fx;

	@Test
	void aCellSecretaryTicksHisCellAndTheDashboardFollows() throws Exception {
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.communeVbb(), "Học tập Kết luận số 01-KL/TW",
						DocumentKind.CONCLUSION, "Kế hoạch số 12-KH/ĐU", LocalDate.of(2025, 8, 1),
						LocalDate.of(2025, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession s = this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), this.fx.communeVbb(), "Hội nghị quán triệt Kết luận 01",
						SessionFormat.IN_PERSON, null, LocalDate.of(2025, 9, 2), "Hội trường xã", "Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS), false));

		this.mvc.perform(get("/study/sessions/{id}/cells/{cell}", s.getId(), this.fx.cellVl1()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Văn Thắng")))
			.andExpect(content().string(containsString("Trần Thị Hòa")))
			.andExpect(content().string(containsString("Miễn/vắng")));
		this.mvc
			.perform(post("/study/sessions/{id}/cells/{cell}", s.getId(), this.fx.cellVl1()).with(user("bithu.vl1"))
				.with(csrf())
				.param("present", String.valueOf(this.fx.thangVl1()))
				.param("present", String.valueOf(this.fx.hoaVl1())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.rollup.rollup(Scope.system(), c.getId(), this.fx.cellVl1(), LocalDate.of(2025, 9, 30))
			.members()
			.attended()).isEqualTo(2);
		// Unticking one and saving again replaces the cell's list.
		this.mvc
			.perform(post("/study/sessions/{id}/cells/{cell}", s.getId(), this.fx.cellVl1()).with(user("bithu.vl1"))
				.with(csrf())
				.param("present", String.valueOf(this.fx.thangVl1())))
			.andExpect(status().is3xxRedirection());
		var node = this.rollup.rollup(Scope.system(), c.getId(), this.fx.communeVbb(), LocalDate.of(2025, 9, 30));
		assertThat(node.members().attended()).isEqualTo(1);

		String page = this.mvc
			.perform(get("/study/campaigns/{id}", c.getId()).param("asOf", "2025-09-30").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// The card shows the fraction its rate is: attended of those who had to attend
		// (the commune has members away, so it differs from attended of all on the roll).
		assertThat(node.members().rateFraction()).isNotEqualTo(node.members().ratio());
		assertThat(page).contains("id=\"summary-ratio\">" + node.members().rateFraction() + "<");
		this.mvc
			.perform(get("/study/campaigns/{id}/missing", c.getId()).param("unit", String.valueOf(this.fx.communeVbb()))
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Thị Hòa")))
			.andExpect(content().string(containsString("Huỳnh Thị Lan")))
			.andExpect(content().string(not(containsString("Phạm Văn Út"))));
		String preview = this.mvc
			.perform(get("/study/campaigns/{id}/report", c.getId()).param("unit", String.valueOf(this.fx.communeVbb()))
				.param("asOf", "2025-09-30")
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// Without ?unit= the report is the officer's own commune's (it answered 400
		// before).
		assertThat(this.mvc
			.perform(get("/study/campaigns/{id}/report", c.getId()).param("asOf", "2025-09-30").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "tổ chức xong 01 lớp")
			.contains("name=\"unit\" value=\"" + this.fx.communeVbb() + "\"");
		// Other tests add members to this commune, so the figures are checked against the
		// live roll-up.
		assertThat(preview).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
			.contains("tổ chức xong 01 lớp")
			// The ratio is held on one line in print (a nowrap span).
			.contains("với <span class=\"tg-nw\">" + node.members().ratio() + "</span> đảng viên tiếp thu học tập, đạt "
					+ node.members().rate())
			.contains("đảng viên xin đi làm ăn xa")
			.doesNotContain("??");
		byte[] docx = this.mvc
			.perform(get("/study/campaigns/{id}/report.docx", c.getId())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.param("asOf", "2025-09-30")
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(docx).startsWith(new byte[] { 'P', 'K' });
		this.mvc
			.perform(get("/study/campaigns/{id}/report.docx", c.getId())
				.param("unit", String.valueOf(this.fx.communePd()))
				.with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		assertThat(page).contains("Học tập Kết luận số 01-KL/TW")
			.contains("Chi bộ ấp Vĩnh Lộc 1")
			.contains("rate-chart")
			.contains("tiếp thu ÷ (tổng số")
			.doesNotContain("??");
	}

	@Test
	void aCellSecretaryCannotTickAnotherCell() throws Exception {
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.province(), "Học tập Nghị quyết Đại hội XIV",
						DocumentKind.RESOLUTION, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession s = this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), this.fx.province(), "Hội nghị toàn tỉnh",
						SessionFormat.IN_PERSON, null, LocalDate.of(2026, 3, 3), null, null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		this.mvc.perform(get("/study/sessions/{id}/cells/{cell}", s.getId(), this.fx.cellCc()).with(user("bithu.vl1")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/study/sessions/{id}/cells/{cell}", s.getId(), this.fx.cellCc()).with(user("bithu.vl1"))
				.with(csrf())
				.param("present", String.valueOf(this.fx.leThangCc())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/study/sessions/{id}", s.getId()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ ấp Vĩnh Lộc 1")))
			.andExpect(content().string(not(containsString("Chi bộ ấp Cái Chanh"))));
		// On the campaign page a cell secretary sees the province's class, not another
		// commune's.
		this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), this.fx.communePd(), "Lớp riêng của xã Phong Đông",
						SessionFormat.IN_PERSON, null, LocalDate.of(2026, 3, 5), null, null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		this.mvc.perform(get("/study/campaigns/{id}", c.getId()).with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hội nghị toàn tỉnh")))
			.andExpect(content().string(not(containsString("Lớp riêng của xã Phong Đông"))));
		this.mvc.perform(get("/study").with(user("bithu.vl1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Học tập Nghị quyết Đại hội XIV")));
	}

}
