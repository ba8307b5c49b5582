package vn.tuyengiao.study;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.MergedCommune;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, defect 3: the cells of a merged commune that share a name are told apart in
 * the cell list, the roll-up table and chart, and the official report's table.
 */
@IntegrationTest
class StudyUnitNamesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	OrgService org;

	@Autowired
	Fixture.Data fx;

	@Test
	void theCellsOfAMergedCommuneAreNamedDistinctlyOnThePagesAndInTheReport() throws Exception {
		MergedCommune bm = MergedCommune.build(this.org, this.fx.province(), "T.SN");
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(bm.commune(), "Học tập chuyên đề năm 2026", DocumentKind.CONCLUSION,
						"Kế hoạch số 05-KH/ĐU", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession s = this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), bm.commune(), "Hội nghị học tập chuyên đề",
						SessionFormat.IN_PERSON, null, LocalDate.of(2026, 3, 10), "Hội trường xã", "Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS), false));

		String cells = page(get("/study/sessions/{id}", s.getId()));
		String campaign = page(get("/study/campaigns/{id}", c.getId()).param("unit", String.valueOf(bm.commune()))
			.param("asOf", "2026-03-31"));
		String report = page(get("/study/campaigns/{id}/report", c.getId()).param("unit", String.valueOf(bm.commune()))
			.param("asOf", "2026-03-31"));

		for (String p : new String[] { cells, campaign, report }) {
			assertThat(p)
				.contains("Chi bộ Công an xã (xã Bình Minh cũ)", "Chi bộ Công an xã (xã Vĩnh Bình Nam cũ)",
						"Chi bộ Công an xã (xã Vĩnh Thuận cũ)", "Chi bộ Quân sự xã (xã Vĩnh Thuận cũ)")
				.doesNotContain(">Chi bộ Công an xã<");
		}
		// The chart's labels are the same unambiguous names.
		assertThat(campaign).contains("&quot;Chi bộ Quân sự xã (xã Vĩnh Bình Nam cũ)&quot;");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc
			.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
				.with(user("admin.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
