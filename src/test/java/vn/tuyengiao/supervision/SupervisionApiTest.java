package vn.tuyengiao.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13 through the REST API: the province's team visits Vĩnh Bình Bắc; a sibling
 * commune's users are kept out of every endpoint (API and page); bad input is refused
 * with a Vietnamese message naming the record and nothing stored; a stale offline pack is
 * reconciled; two devices keep both their findings; a remedy goes to the unit and back.
 */
@IntegrationTest
class SupervisionApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Autowired
	SupervisionPlans plans;

	final JsonMapper json = new JsonMapper();

	long plan(List<Long> units) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("unitId", this.fx.province());
		body.put("kind", "THEMATIC");
		body.put("basis", "Kế hoạch số 91-KH/TU ngày 23/6/2026");
		body.put("subject", "Kết luận số 01-KL/TW và Đề án trang bị sách cho cơ sở");
		body.put("periodFrom", "2026-03-01");
		body.put("periodTo", "2026-11-30");
		body.put("unitIds", units);
		body.put("team", List.of("canbo.tinh.t"));
		body.put("leader", "canbo.tinh.t");
		String r = read(call(post("/api/v1/supervision/plans"), "canbo.tinh.t", body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.team[0].username").value("canbo.tinh.t"))
			.andExpect(jsonPath("$.team[0].leader").value(true)));
		return ((Number) JsonPath.read(r, "$.id")).longValue();
	}

	long visit(long plan, long unit, String date) throws Exception {
		String r = read(call(post("/api/v1/supervision/plans/{id}/visits", plan), "canbo.tinh.t",
				Map.of("unitId", unit, "visitDate", date))
			.andExpect(status().isCreated()));
		return ((Number) JsonPath.read(r, "$.id")).longValue();
	}

	static Map<String, Object> finding(String uuid, String kind, String item, String note, Long unit, String deadline) {
		Map<String, Object> f = new HashMap<>();
		f.put("uuid", uuid);
		f.put("kind", kind);
		f.put("itemCode", item);
		f.put("note", note);
		if ("SHORTCOMING".equals(kind)) {
			f.put("remedy", "Thay bảng chuẩn mực đạo đức theo Kết luận 01-KL/TW");
			f.put("deadline", deadline);
		}
		if (unit != null) {
			f.put("responsibleUnitId", unit);
		}
		return f;
	}

	@Test
	void aSiblingCommuneSeesNothingAndTheVisitedUnitSeesOnlyItsOwn() throws Exception {
		long plan = plan(List.of(this.fx.communeVbb()));
		long visit = visit(plan, this.fx.communeVbb(), "2026-05-12");
		String uuid = UUID.randomUUID().toString();
		call(post("/api/v1/supervision/visits/{id}/sync", visit), "canbo.tinh.t",
				Map.of("findings",
						List.of(finding(uuid, "SHORTCOMING", "ETHICS_BOARD_KL01",
								"Bảng chuẩn mực đạo đức vẫn theo Chỉ thị 05", null, "2026-06-30"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findingsStored").value(1));

		for (String sibling : List.of("bithu.cc", "xem.pd")) {
			for (String path : List.of("/api/v1/supervision/plans/" + plan, "/api/v1/supervision/visits/" + visit,
					"/api/v1/supervision/visits/" + visit + "/findings",
					"/api/v1/supervision/visits/" + visit + "/pack", "/api/v1/supervision/visits/" + visit + "/brief",
					"/api/v1/supervision/findings/" + uuid, "/api/v1/supervision/plans/" + plan + "/report.docx")) {
				this.mvc.perform(get(path).with(httpBasic(sibling, Fixture.PASSWORD)))
					.andExpect(status().isForbidden());
			}
			for (String page : List.of("/supervision/plans/" + plan, "/supervision/visits/" + visit,
					"/supervision/visits/" + visit + "/brief", "/supervision/plans/" + plan + "/report")) {
				this.mvc.perform(get(page).with(user(sibling))).andExpect(status().isForbidden());
			}
			call(post("/api/v1/supervision/visits/{id}/sync", visit), sibling,
					Map.of("findings",
							List.of(finding(UUID.randomUUID().toString(), "STRENGTH", null, "Tốt", null, null))))
				.andExpect(status().isForbidden());
			String list = read(
					this.mvc.perform(get("/api/v1/supervision/plans").with(httpBasic(sibling, Fixture.PASSWORD)))
						.andExpect(status().isOk()));
			assertThat(list).doesNotContain("\"id\":" + plan + ",");
			read(this.mvc.perform(get("/api/v1/supervision/findings").with(httpBasic(sibling, Fixture.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.uuid == '" + uuid + "')]").isEmpty()));
		}
		// The visited commune sees its finding, may not write the team's record.
		this.mvc.perform(get("/api/v1/supervision/findings/{u}", uuid).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.remedyStatus").value("OPEN"));
		call(post("/api/v1/supervision/visits/{id}/sync", visit), "canbo.vbb",
				Map.of("findings", List.of(finding(UUID.randomUUID().toString(), "STRENGTH", null, "Tốt", null, null))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("Tổ giám sát")));

		// The unit reports the remedy, the team accepts it.
		call(post("/api/v1/supervision/findings/{u}/remedy-report", uuid), "canbo.vbb",
				Map.of("report", "Đã thay bảng mới theo Kết luận 01-KL/TW", "version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.remedyStatus").value("REPORTED"));
		call(post("/api/v1/supervision/findings/{u}/remedy-review", uuid), "bithu.cc",
				Map.of("accept", true, "version", 1))
			.andExpect(status().isForbidden());
		call(post("/api/v1/supervision/findings/{u}/remedy-review", uuid), "canbo.tinh.t",
				Map.of("accept", true, "version", 0))
			.andExpect(status().isConflict());
		call(post("/api/v1/supervision/findings/{u}/remedy-review", uuid), "canbo.tinh.t",
				Map.of("accept", true, "note", "Đạt", "version", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.remedyStatus").value("ACCEPTED"))
			.andExpect(jsonPath("$.reviewedBy").value("canbo.tinh.t"));
	}

	@Test
	void badInputIsRefusedWithAVietnameseMessageAndNothingIsStored() throws Exception {
		long plan = plan(List.of(this.fx.communeVbb()));
		long visit = visit(plan, this.fx.communeVbb(), "2026-05-13");
		String photo = UUID.randomUUID().toString();
		Map<String, Object> good = finding(UUID.randomUUID().toString(), "SHORTCOMING", "BOOKS_LOG",
				"Không có sổ theo dõi cho mượn sách", null, "2026-07-01");
		good.put("photoUuid", photo);
		String notImage = Base64.getEncoder()
			.encodeToString("Đây là văn bản, không phải ảnh".getBytes(StandardCharsets.UTF_8));
		sync(visit, Map.of("photos", List.of(Map.of("uuid", photo, "base64", notImage)), "findings", List.of(good)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Ảnh thứ 1: tệp không phải ảnh JPEG, PNG hoặc WebP."));
		byte[] big = new byte[6 * 1024 * 1024];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		sync(visit,
				Map.of("photos", List.of(Map.of("uuid", photo, "base64", Base64.getEncoder().encodeToString(big))),
						"findings", List.of(good)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("ảnh lớn hơn 5 MB")));
		Map<String, Object> early = finding(UUID.randomUUID().toString(), "SHORTCOMING", "BOOKS_LOG",
				"Không có sổ theo dõi", null, "2026-05-01");
		sync(visit,
				Map.of("findings",
						List.of(finding(UUID.randomUUID().toString(), "STRENGTH", "PLANS", "Có kế hoạch cụ thể hóa",
								null, null), early)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Phát hiện thứ 2: Hạn khắc phục 01/05/2026 trước ngày phát hiện 13/05/2026."));
		sync(visit,
				Map.of("findings",
						List.of(finding(UUID.randomUUID().toString(), "SHORTCOMING", "BOOKS_LOG", "Không có sổ",
								this.fx.communePd(), "2026-07-01"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Phát hiện thứ 1: Đơn vị chịu trách nhiệm")))
			.andExpect(jsonPath("$.detail").value(containsString("không thuộc các đơn vị được giám sát")));
		sync(visit, Map.of("answers",
				List.of(Map.of("uuid", UUID.randomUUID().toString(), "itemCode", "BOARDS_5S", "value", "nhiều"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Trả lời thứ 1 (\"Số bảng 5S đang treo\"): ghi một số nguyên không âm."));
		this.mvc
			.perform(get("/api/v1/supervision/visits/{id}/findings", visit)
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		// A plan for units outside the issuer is refused too.
		call(post("/api/v1/supervision/plans/{id}/visits", plan), "canbo.tinh.t",
				Map.of("unitId", this.fx.communePd(), "visitDate", "2026-05-20"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("không có trong danh sách đơn vị được giám sát")));
	}

	@Test
	void aStalePackIsReconciledAndTwoDevicesKeepBothTheirFindings() throws Exception {
		long plan = plan(List.of(this.fx.communeVbb()));
		long visit = visit(plan, this.fx.communeVbb(), "2026-05-14");
		String pack = read(this.mvc
			.perform(get("/api/v1/supervision/visits/{id}/pack", visit)
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value(1))
			.andExpect(jsonPath("$.checklist.versionNo").value(1)));
		long oldChecklist = ((Number) JsonPath.read(pack, "$.checklist.id")).longValue();
		List<Map<String, Object>> items = new ArrayList<>();
		for (Checklist.Item i : this.plans.latestChecklist(Scope.system(), plan).items()) {
			if (!i.code().equals("BOARDS_5S")) {
				items.add(Map.of("code", i.code(), "question", i.question(), "answerType", i.answerType().name()));
			}
		}
		call(put("/api/v1/supervision/plans/{id}/checklist", plan), "canbo.tinh.t",
				Map.of("items", items, "version", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versionNo").value(2));
		// A second save from the same page is stale.
		call(put("/api/v1/supervision/plans/{id}/checklist", plan), "canbo.tinh.t",
				Map.of("items", items, "version", 1))
			.andExpect(status().isConflict());

		String a5s = UUID.randomUUID().toString();
		Map<String, Object> batchA = Map.of("checklistId", oldChecklist, "answers",
				List.of(Map.of("uuid", a5s, "itemCode", "BOARDS_5S", "value", "1"),
						Map.of("uuid", UUID.randomUUID().toString(), "itemCode", "SLOGANS", "value", "YES")),
				"findings", List.of(finding(UUID.randomUUID().toString(), "SHORTCOMING", "BOARDS_5S",
						"Chỉ còn treo 01 bảng 5S", null, "2026-06-30")));
		sync(visit, batchA).andExpect(status().isOk())
			.andExpect(jsonPath("$.checklistChanged").value(true))
			.andExpect(jsonPath("$.checklistVersion").value(2))
			.andExpect(jsonPath("$.answersStored").value(2))
			.andExpect(jsonPath("$.findingsStored").value(1))
			.andExpect(jsonPath("$.reconciled[0].itemCode").value("BOARDS_5S"))
			.andExpect(jsonPath("$.reconciled[0].message").value(containsString("không mất")));
		// The same batch again: stored once.
		sync(visit, batchA).andExpect(status().isOk())
			.andExpect(jsonPath("$.answersStored").value(0))
			.andExpect(jsonPath("$.answersAlreadyStored").value(2))
			.andExpect(jsonPath("$.findingsAlreadyStored").value(1));
		// Device B (another member, offline since before A synced).
		String r = read(call(post("/api/v1/supervision/visits/{id}/sync", visit), "admin.t",
				Map.of("checklistId", oldChecklist, "answers",
						List.of(Map.of("uuid", UUID.randomUUID().toString(), "itemCode", "SLOGANS", "value", "NO")),
						"findings",
						List.of(finding(UUID.randomUUID().toString(), "STRENGTH", "PLANS",
								"Có kế hoạch cụ thể hóa đầy đủ", null, null))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findingsStored").value(1))
			.andExpect(jsonPath("$.conflicts[0].itemCode").value("SLOGANS"))
			.andExpect(jsonPath("$.conflicts[0].current").value("YES"))
			.andExpect(jsonPath("$.conflicts[0].yours").value("NO")));
		assertThat(r).contains("canbo.tinh.t");
		this.mvc
			.perform(get("/api/v1/supervision/visits/{id}/findings", visit)
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(jsonPath("$", hasSize(2)));
		String answers = read(this.mvc
			.perform(get("/api/v1/supervision/visits/{id}/answers", visit)
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(jsonPath("$", hasSize(3))));
		assertThat(answers).contains("ORPHANED", "CONFLICT", "CURRENT");
		assertThat(this.plans.visit(Scope.system(), visit).checklistId()).isNotEqualTo(oldChecklist);
	}

	ResultActions sync(long visit, Object body) throws Exception {
		return call(post("/api/v1/supervision/visits/{id}/sync", visit), "canbo.tinh.t", body);
	}

	ResultActions call(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
		return this.mvc.perform(req.with(httpBasic(user, Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsBytes(body)));
	}

	static String read(ResultActions r) throws Exception {
		return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

}
