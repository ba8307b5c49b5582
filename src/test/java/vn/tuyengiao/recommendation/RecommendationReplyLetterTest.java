package vn.tuyengiao.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/**
 * The answer to a recommendation goes back as a công văn: "Soạn công văn trả lời" drafts
 * it in the register of the addressee's issuing body, to the units that asked, with the
 * subject and the answer; a sibling commune cannot draft it.
 */
@IntegrationTest
class RecommendationReplyLetterTest extends RecommendationTestSupport {

	private static final String PROVINCE_OFFICER = "canbo.tinh.t";

	@Autowired
	DocumentRegister register;

	private Map<String, Object> rec(long unit, long addressee, String body) {
		return obj("raisedUnitId", unit, "sourceKind", "CELL_MEETING", "raisedOn", "2025-10-02", "field",
				"BOOKS_LIBRARY", "subject", "Bổ sung sách pháp luật cho tủ sách", "body", body, "addresseeUnitId",
				addressee, "dueOn", "2025-11-02");
	}

	@Test
	void theReplyLetterIsDraftedThroughTheRegisterForOneAndForAGroup() throws Exception {
		Commune c = commune("RL7.TH", "Tân Hòa Lộc", "Chi bộ Trường Tiểu học Tân Hòa Lộc");
		long hamlet = this.orgs
			.create(Scope.system(),
					new NewUnit(c.commune(), OrgUnitKind.CELL, "Chi bộ ấp Hòa Lộc", "RL7.HL", "CB",
							LocalDate.of(2015, 1, 1)))
			.getId();
		this.register.createBody(Scope.system(), c.commune(), "Đảng ủy xã Tân Hòa Lộc", "ĐU", null, "Tân Hòa Lộc");
		long one = created(call(PROVINCE_OFFICER, post("/api/v1/recommendations"),
				rec(c.school(), c.commune(), "Tủ sách nhà trường thiếu sách pháp luật về an toàn giao thông")));
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/responses", one),
				obj("status", "RESOLVED", "answeredOn", "2025-10-20", "answer",
						"Đảng ủy xã cấp 20 cuốn sách pháp luật về an toàn giao thông cho tủ sách nhà trường", "version",
						0))
			.andExpect(status().isOk());

		// A sibling commune is refused and nothing is drafted.
		this.mvc.perform(post("/recommendations/{id}/letter", one).with(user("canbo.vbb")).with(csrf()))
			.andExpect(status().isForbidden());

		String location = this.mvc
			.perform(post("/recommendations/{id}/letter", one).with(user(PROVINCE_OFFICER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/register/drafts/\\d+");
		this.mvc.perform(get(location).with(user(PROVINCE_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("V/v trả lời kiến nghị bổ sung sách pháp luật cho tủ sách")))
			.andExpect(content().string(containsString("Kính gửi: Chi bộ Trường Tiểu học Tân Hòa Lộc")))
			.andExpect(content().string(containsString("cấp 20 cuốn sách pháp luật")));
		this.mvc.perform(get(location).with(user("canbo.vbb"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/recommendations/{id}", one).with(user(PROVINCE_OFFICER)))
			.andExpect(content().string(containsString("letter-form")));

		// A group: one letter to every unit that asked.
		long a = created(call(PROVINCE_OFFICER, post("/api/v1/recommendations"),
				rec(c.school(), c.commune(), "Cần thêm tài liệu học tập nghị quyết cho đảng viên chi bộ")));
		long b = created(call(PROVINCE_OFFICER, post("/api/v1/recommendations"),
				rec(hamlet, c.commune(), "Cần thêm tài liệu học tập nghị quyết cho đảng viên")));
		String group = body(call(PROVINCE_OFFICER, post("/api/v1/recommendations/groups"),
				obj("title", "Bổ sung tài liệu học tập nghị quyết", "ids", List.of(a, b)))
			.andExpect(status().isCreated()));
		long groupId = ((Number) JsonPath.read(group, "$.id")).longValue();
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/groups/{id}/responses", groupId), obj("status", "RESOLVED",
				"answeredOn", "2025-10-25", "answer", "Đảng ủy xã in bổ sung tài liệu, mỗi đảng viên 01 cuốn"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/recommendations/groups/{id}/letter", groupId).with(user("canbo.vbb")).with(csrf()))
			.andExpect(status().isForbidden());
		String groupLocation = this.mvc
			.perform(post("/recommendations/groups/{id}/letter", groupId).with(user(PROVINCE_OFFICER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(groupLocation).matches("/register/drafts/\\d+").isNotEqualTo(location);
		this.mvc.perform(get(groupLocation).with(user(PROVINCE_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ ấp Hòa Lộc")))
			.andExpect(content().string(containsString("Chi bộ Trường Tiểu học Tân Hòa Lộc")))
			.andExpect(content().string(containsString("mỗi đảng viên 01 cuốn")));
	}

	@Test
	void theApiDraftsTheReplyLetterAndAnswersWhereItIs() throws Exception {
		Commune c = commune("RL8.TP", "Tân Phú", "Chi bộ Trường Trung học cơ sở Tân Phú");
		long one = created(call(PROVINCE_OFFICER, post("/api/v1/recommendations"),
				rec(c.school(), c.commune(), "Nhà trường đề nghị bổ sung sách pháp luật về phòng, chống ma túy")));
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/responses", one),
				obj("status", "RESOLVED", "answeredOn", "2025-10-21", "answer",
						"Đảng ủy xã cấp 15 cuốn sách pháp luật về phòng, chống ma túy cho tủ sách nhà trường",
						"version", 0))
			.andExpect(status().isOk());

		// No issuing body declared yet: a Vietnamese message naming the unit, nothing
		// drafted.
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/reply-letter", one), obj())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value(containsString("Chưa khai báo cơ quan ban hành văn bản của Đảng ủy xã Tân Phú")));
		this.register.createBody(Scope.system(), c.commune(), "Đảng ủy xã Tân Phú", "ĐU", null, "Tân Phú");

		// A sibling commune (officer and viewer) is refused.
		for (String sibling : List.of("canbo.vbb", "xem.pd")) {
			call(sibling, post("/api/v1/recommendations/{id}/reply-letter", one), obj())
				.andExpect(status().isForbidden());
		}

		String answer = body(call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/reply-letter", one), obj())
			.andExpect(status().isCreated())
			.andExpect(
					header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/register/drafts/\\d+"))));
		long draft = ((Number) JsonPath.read(answer, "$.draftId")).longValue();
		assertThat((String) JsonPath.read(answer, "$.page")).isEqualTo("/register/drafts/" + draft);
		this.mvc.perform(get("/register/drafts/{id}", draft).with(user(PROVINCE_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kính gửi: Chi bộ Trường Trung học cơ sở Tân Phú")))
			.andExpect(content().string(containsString("cấp 15 cuốn sách pháp luật")));
		call("canbo.vbb", get("/api/v1/register/drafts/{id}", draft), obj()).andExpect(status().isForbidden());
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/groups/{id}/reply-letter", 987654321L), obj())
			.andExpect(status().isNotFound());
	}

}
