package vn.tuyengiao.recommendation;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/**
 * What is refused, with the field named and nothing changed: another commune's user, an
 * answer dated before the recommendation, a forward with no body, the asking unit
 * answering its own recommendation, a stale version.
 */
@IntegrationTest
class RecommendationRefusalsTest extends RecommendationTestSupport {

	private Map<String, Object> rec(long unit, String body) {
		return obj("raisedUnitId", unit, "sourceKind", "CELL_MEETING", "raisedOn", "2025-11-10", "field",
				"BOOKS_LIBRARY", "subject", "Bổ sung sách lý luận chính trị", "body", body, "addresseeUnitId",
				this.fx.province(), "dueOn", "2025-12-10");
	}

	@Test
	void aSiblingCommuneSeesNothingOfAnotherCommunesRecommendation() throws Exception {
		long id = created(call("canbo.tinh.t", post("/api/v1/recommendations"), rec(this.fx.cellCc(),
				"Tủ sách ấp Cái Chanh cần bổ sung sách lý luận chính trị và sổ theo dõi mượn sách")));
		call("canbo.vbb", get("/api/v1/recommendations/{id}", id), obj()).andExpect(status().isForbidden());
		call("canbo.vbb", post("/api/v1/recommendations/{id}/responses", id),
				obj("status", "RESOLVED", "answeredOn", "2025-11-20", "answer", "Đã cấp sách", "version", 0))
			.andExpect(status().isForbidden());
		call("canbo.vbb", get("/api/v1/recommendations/summary?unitId={u}", this.fx.communePd()), obj())
			.andExpect(status().isForbidden());
		String list = body(call("canbo.vbb", get("/api/v1/recommendations"), obj()).andExpect(status().isOk()));
		assertThat(JsonPath.<List<Integer>>read(list, "$[*].id")).doesNotContain((int) id);
		this.mvc.perform(get("/recommendations/{id}", id).with(user("canbo.vbb"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/recommendations").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tủ sách ấp Cái Chanh"))));
		this.mvc
			.perform(post("/recommendations/{id}/respond", id).with(user("canbo.vbb"))
				.with(csrf())
				.param("status", "RESOLVED")
				.param("answeredOn", "20/11/2025")
				.param("answer", "Đã cấp sách")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		// The commune of the cell sees it, read-only for its viewer.
		this.mvc.perform(get("/recommendations/{id}", id).with(user("xem.pd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tủ sách ấp Cái Chanh")))
			.andExpect(content().string(not(containsString("respond-form"))));
		call("canbo.tinh.t", get("/api/v1/recommendations/{id}", id), obj())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.history.length()").value(1));
	}

	@Test
	void badInputIsRefusedWithTheFieldNamedAndNothingChanged() throws Exception {
		call("canbo.vbb", post("/api/v1/recommendations"),
				obj("raisedUnitId", this.fx.cellVl1(), "raisedOn", "2025-11-10", "subject", "Thư viện ấp"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.hasItems("Nội dung kiến nghị", "Nơi nhận kiến nghị")));
		call("canbo.vbb", post("/api/v1/recommendations"),
				obj("raisedUnitId", this.fx.cellCc(), "raisedOn", "2025-11-10", "subject", "Thư viện ấp", "body",
						"Xây thư viện ấp", "addresseeUnitId", this.fx.province()))
			.andExpect(status().isForbidden());

		long id = created(call("canbo.vbb", post("/api/v1/recommendations"), rec(this.fx.cellVl1(),
				"Chi bộ ấp Vĩnh Lộc 1 đề nghị bổ sung sách lý luận chính trị cho tủ sách ấp, đặt ở nhà văn hóa ấp")));
		// Dated before the recommendation.
		call("canbo.tinh.t", post("/api/v1/recommendations/{id}/responses", id),
				obj("status", "RESOLVED", "answeredOn", "2025-11-01", "answer", "Đã cấp 20 đầu sách", "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Ngày trả lời"))
			.andExpect(jsonPath("$.errors[0].message").value("ngày 01/11/2025 trước ngày kiến nghị 10/11/2025"));
		// Forwarded to nobody.
		call("canbo.tinh.t", post("/api/v1/recommendations/{id}/forward", id),
				obj("answeredOn", "2025-11-15", "answer", "Chuyển đi", "version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Chuyển đến"));
		// The commune that asked (through its cell) is not the addressee.
		call("canbo.vbb", post("/api/v1/recommendations/{id}/responses", id),
				obj("status", "RESOLVED", "answeredOn", "2025-11-15", "answer", "Tự giải quyết", "version", 0))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("Chỉ đơn vị nhận kiến nghị")));
		this.mvc
			.perform(post("/recommendations/{id}/respond", id).with(user("canbo.vbb"))
				.with(csrf())
				.param("status", "RESOLVED")
				.param("answeredOn", "15/11/2025")
				.param("answer", "Tự giải quyết")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		call("canbo.tinh.t", get("/api/v1/recommendations/{id}", id), obj())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.history.length()").value(1));
		// Two officers answer from the same version: the second is refused.
		call("canbo.tinh.t", post("/api/v1/recommendations/{id}/responses", id), obj("status", "IN_PROGRESS",
				"answeredOn", "2025-11-15", "answer", "Đang liên hệ thư viện tỉnh", "version", 0))
			.andExpect(status().isOk());
		call("admin.t", post("/api/v1/recommendations/{id}/responses", id),
				obj("status", "RESOLVED", "answeredOn", "2025-11-16", "answer", "Đã cấp sách", "version", 0))
			.andExpect(status().isConflict());
		// Through the page, the same refusal shows on the form.
		this.mvc
			.perform(post("/recommendations/{id}/respond", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("status", "RESOLVED")
				.param("answeredOn", "05/11/2025")
				.param("answer", "Đã cấp sách")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("Ngày trả lời: ngày 05/11/2025 trước ngày kiến nghị 10/11/2025")));
		call("canbo.tinh.t", get("/api/v1/recommendations/{id}", id), obj())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.history.length()").value(2));
	}

}
