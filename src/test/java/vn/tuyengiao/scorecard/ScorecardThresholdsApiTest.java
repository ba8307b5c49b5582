package vn.tuyengiao.scorecard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * The scorecard's thresholds over REST: the province officer reads the thresholds in
 * force, sets the province's own for the study rate, which the district below inherits; a
 * second change with the version read before is refused with 409; numbers out of order
 * get a Vietnamese 400; the officer of a sibling commune can neither read nor change the
 * province's; the operations are in the OpenAPI document.
 */
@IntegrationTest
class ScorecardThresholdsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgService;

	@Autowired
	OrgUnits units;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	ScorecardWorld w;

	@BeforeEach
	void world() {
		this.w = ScorecardWorld.build(this.orgService, this.units, this.members, this.users);
	}

	@Test
	void theProvinceSetsItsStudyThresholdsAStaleVersionIsRefusedAndASiblingCommuneIsKeptOut() throws Exception {
		String officer = this.w.provinceOfficer();
		String province = String.valueOf(this.w.province());
		this.mvc.perform(get("/api/v1/scorecard/thresholds").param("unit", province).with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].indicator").value("study"))
			.andExpect(jsonPath("$[0].own").value(false))
			.andExpect(jsonPath("$[0].version").value(-1))
			.andExpect(jsonPath("$[0].text").value("Xanh ≥ 90%, vàng 70–90%, đỏ < 70%"));

		this.mvc
			.perform(put("/api/v1/scorecard/thresholds/study").param("unit", province)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"green\": 80, \"amber\": 50, \"version\": -1}")
				.with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.own").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.text").value("Xanh ≥ 80%, vàng 50–80%, đỏ < 50%"));
		this.mvc
			.perform(get("/api/v1/scorecard/thresholds").param("unit", String.valueOf(this.w.district()))
				.with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].inherited").value(true))
			.andExpect(jsonPath("$[0].green").value(80));

		// Saved again from version 0, then a second client still holding version 0.
		this.mvc
			.perform(put("/api/v1/scorecard/thresholds/study").param("unit", province)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"green\": 85, \"amber\": 50, \"version\": 0}")
				.with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/scorecard/thresholds/study").param("unit", province)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"green\": 70, \"amber\": 40, \"version\": 0}")
				.with(basic(officer)))
			.andExpect(status().isConflict());
		// Amber above green: refused with a message naming the indicator; nothing
		// changed.
		this.mvc
			.perform(put("/api/v1/scorecard/thresholds/study").param("unit", province)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"green\": 60, \"amber\": 70, \"version\": 1}")
				.with(basic(officer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("học tập")));
		this.mvc.perform(get("/api/v1/scorecard/thresholds").param("unit", province).with(basic(officer)))
			.andExpect(jsonPath("$[0].green").value(85));

		String sibling = this.w.phuocLongOfficer();
		this.mvc.perform(get("/api/v1/scorecard/thresholds").param("unit", province).with(basic(sibling)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/scorecard/thresholds/study").param("unit", String.valueOf(this.w.giongTrom()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"green\": 10, \"amber\": 5, \"version\": -1}")
				.with(basic(sibling)))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/scorecard/thresholds'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/scorecard/thresholds/{indicator}'].put").exists())
			.andExpect(jsonPath("$.components.schemas.ScorecardThreshold").exists());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
		return httpBasic(user, Fixture.PASSWORD);
	}

}
