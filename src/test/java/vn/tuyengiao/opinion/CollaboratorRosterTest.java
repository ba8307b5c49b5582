package vn.tuyengiao.opinion;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The collaborator roster: a party member picked from the roll, or a non-member with an
 * occupation; counted per commune from the province; served dates respected; the pages,
 * the topic catalogue and the API documentation.
 */
@IntegrationTest
class CollaboratorRosterTest extends OpinionTestSupport {

	@Test
	void rosterPerUnitCountedPerCommune() throws Exception {
		call("canbo.vbb", post("/api/v1/opinion/collaborators"),
				obj("unitId", this.fx.communeVbb(), "memberId", this.fx.hoaVl1(), "contact", "0918 123 456",
						"validFrom", "2025-03-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.memberId").value((int) this.fx.hoaVl1()))
			.andExpect(jsonPath("$.fullName").isNotEmpty());
		String body = call("canbo.vbb", post("/api/v1/opinion/collaborators"),
				obj("unitId", this.fx.cellVl1(), "fullName", "Trần Văn Bé", "occupation",
						"Nông dân, Trưởng ấp Vĩnh Lộc 1", "validFrom", "2025-03-01"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long be = ((Number) JsonPath.read(body, "$.id")).longValue();
		call("canbo.tinh.t", post("/api/v1/opinion/collaborators"), obj("unitId", this.fx.communePd(), "fullName",
				"Lê Thị Mai", "occupation", "Giáo viên", "validFrom", "2025-03-01", "validTo", "2025-03-31"))
			.andExpect(status().isCreated());
		// A non-member needs an occupation; the end may not come before the start.
		long before = count("opinion_collaborator");
		call("canbo.vbb", post("/api/v1/opinion/collaborators"),
				obj("unitId", this.fx.cellVl1(), "fullName", "Ngô Văn Tư", "validFrom", "2025-03-01", "validTo",
						"2025-02-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Nghề nghiệp, lĩnh vực: cần ghi")))
			.andExpect(jsonPath("$.detail").value(containsString("Đến ngày: không được trước ngày bắt đầu")));
		// The commune officer cannot put a collaborator into the other commune.
		call("canbo.vbb", post("/api/v1/opinion/collaborators"), obj("unitId", this.fx.cellCc(), "fullName",
				"Ngô Văn Tư", "occupation", "Thợ may", "validFrom", "2025-03-01"))
			.andExpect(status().isForbidden());
		assertThat(count("opinion_collaborator")).isEqualTo(before);

		String counts = this.mvc
			.perform(get("/api/v1/opinion/collaborators/counts").param("unitId", String.valueOf(this.fx.province()))
				.param("on", "2025-03-15")
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((java.util.List<Integer>) JsonPath.read(counts,
				"$[?(@.unitId == " + this.fx.communeVbb() + ")].serving"))
			.containsExactly(2);
		assertThat((java.util.List<Integer>) JsonPath.read(counts,
				"$[?(@.unitId == " + this.fx.communePd() + ")].serving"))
			.containsExactly(1);

		// Edited with the version read; a second edit with the same version is refused.
		java.util.Map<String, Object> edit = obj("unitId", this.fx.cellVl1(), "fullName", "Trần Văn Bé", "occupation",
				"Nông dân", "contact", "0939 000 111", "validFrom", "2025-03-01", "version", 0);
		call("canbo.vbb", put("/api/v1/opinion/collaborators/{id}", be), edit).andExpect(status().isOk());
		call("canbo.vbb", put("/api/v1/opinion/collaborators/{id}", be), edit).andExpect(status().isConflict());

		this.mvc.perform(get("/opinion/collaborators").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Văn Bé")))
			.andExpect(content().string(containsString("0918 123 456")))
			.andExpect(content().string(not(containsString("Lê Thị Mai"))));
		this.mvc.perform(get("/opinion/collaborators/{id}", be).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0939 000 111")));
		this.mvc.perform(get("/opinion/collaborators/{id}", be).with(user("xem.pd"))).andExpect(status().isForbidden());
	}

	@Test
	void theTopicCatalogueAndTheApiDocumentation() throws Exception {
		call("canbo.vbb", post("/api/v1/opinion/topics"),
				obj("unitId", this.fx.communeVbb(), "name", "Sạt lở bờ sông Cái Lớn", "field", "CULTURE_SOCIETY"))
			.andExpect(status().isCreated());
		call("canbo.vbb", post("/api/v1/opinion/topics"),
				obj("unitId", this.fx.communeVbb(), "name", "Sạt lở bờ sông Cái Lớn", "field", "CULTURE_SOCIETY"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/opinion/topics").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sạt lở bờ sông Cái Lớn")))
			.andExpect(content().string(containsString("Vận hành chính quyền địa phương hai cấp")));
		this.mvc.perform(get("/opinion/topics").with(user("xem.pd")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Sạt lở bờ sông Cái Lớn"))))
			.andExpect(content().string(not(containsString("topic-form"))));
		for (String page : new String[] { "/opinion", "/opinion/hot", "/opinion/rollup", "/opinion/report" }) {
			this.mvc.perform(get(page).with(user("bithu.vl1"))).andExpect(status().isOk());
			this.mvc.perform(get(page).with(user("xem.pd")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("method=\"post\" action=\"/opinion"))));
		}
		String docs = this.mvc.perform(get("/v3/api-docs").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(docs).contains("/api/v1/opinion/items", "/api/v1/opinion/collaborators", "/api/v1/opinion/topics",
				"/api/v1/opinion/hot-topics", "/api/v1/opinion/summary", "/api/v1/opinion/items.xlsx",
				"/api/v1/opinion/report.docx");
	}

}
