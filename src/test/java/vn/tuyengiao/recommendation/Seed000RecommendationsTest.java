package vn.tuyengiao.recommendation;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/**
 * Seed 000's five recommendations ("2. Những đề xuất, kiến nghị"), entered through the
 * API, tracked to their responses (every end state used), returned to the units that
 * asked, and listed by unit in the report section.
 */
@IntegrationTest
class Seed000RecommendationsTest extends RecommendationTestSupport {

	private static final String PROVINCE_OFFICER = "canbo.tinh.t";

	private static final String COMMUNE_OFFICER = "canbo.vbb";

	private Map<String, Object> rec(long unit, String subject, String body, String field, String external,
			String raisedOn) {
		return obj("raisedUnitId", unit, "sourceKind", "VISIT", "sourceLabel",
				"Tổ làm việc của Ban Tuyên giáo theo Kế hoạch số 92-KH/HU", "raisedOn", raisedOn, "field", field,
				"subject", subject, "body", body, "addresseeUnitId", this.fx.province(), "externalBody", external,
				"dueOn", "2020-09-30");
	}

	@Test
	void theFiveRecommendationsAreTrackedToResponsesAndListedByUnit() throws Exception {
		Commune tanThuan = commune("RK.TT", "Tân Thuận", "Chi bộ Trường Tiểu học và THCS Tân Thuận 1");
		Commune vinhThuan = commune("RK.VT", "Vĩnh Thuận", "Chi bộ Trường Mầm non Vĩnh Thuận");
		// 1. Đảng ủy xã Vĩnh Bình Bắc: three asks in one recommendation, raised by the
		// commune itself.
		long vbb = created(call(COMMUNE_OFFICER, post("/api/v1/recommendations"), rec(this.fx.communeVbb(),
				"Sưu tầm lịch sử, sách nông nghiệp, thư viện xã",
				"Ban Tuyên giáo Huyện ủy thành lập tổ tiếp xã về công tác sưu tầm lịch sử; vận động hỗ trợ sách về nông nghiệp cho xã; kiến nghị với Huyện ủy bố trí cho xã xây dựng thư viện",
				"PARTY_HISTORY", null, "2020-08-18")));
		// 2. The primary school asks for the paper every day: the answer depends on the
		// post office.
		long press = created(call(COMMUNE_OFFICER, post("/api/v1/recommendations"), rec(this.fx.cellThbm(),
				"Phát báo hằng ngày cho trường",
				"Ban Tuyên giáo Huyện ủy làm việc với Bưu điện nên phát báo cho trường hàng ngày (hiện nay 1 đến 2 lần/tuần)",
				"PRESS", "Bưu điện huyện Vĩnh Thuận", "2020-08-18")));
		// 3. A school nurse: the People's Committee decides, outside the party.
		long nurse = created(call(PROVINCE_OFFICER, post("/api/v1/recommendations"), rec(tanThuan.school(),
				"Cán bộ y tế học đường",
				"Bố trí cho trường 01 cán bộ có chuyên môn y tế để làm y tế học đường (hiện nay đang bố trí 01 giáo viên dư làm y tế học đường)",
				"EDUCATION_HEALTH", null, "2020-08-19")));
		// 4. The hamlet cell reports boats dumping rubbish into the river.
		long river = created(call(COMMUNE_OFFICER, post("/api/v1/recommendations"),
				rec(this.fx.cellVl1(), "Rác thải khu chợ nổi",
						"Khu Chợ nổi ghe neo đậu thường bỏ rác xuống sông gây ô nhiễm môi trường", "ENVIRONMENT", null,
						"2020-08-20")));
		// 5. Many units ask for more documents: three communes, near-identical texts.
		long docs1 = created(call(COMMUNE_OFFICER, post("/api/v1/recommendations"), rec(this.fx.communeVbb(),
				"Tài liệu học tập nghị quyết",
				"Ban Tuyên giáo Huyện ủy thời gian tới cung cấp tài liệu đầy đủ hơn cho cán bộ, đảng viên ở cơ sở trong tiếp thu, học tập nghị quyết (hiện nay 03 đảng viên/cuốn)",
				"DOCUMENTS", null, "2020-08-18")));
		long docs2 = created(call(PROVINCE_OFFICER, post("/api/v1/recommendations"), rec(tanThuan.commune(),
				"Tài liệu nghị quyết cho đảng viên",
				"Đề nghị Ban Tuyên giáo Huyện ủy thời gian tới cung cấp tài liệu đầy đủ hơn cho cán bộ, đảng viên ở cơ sở trong tiếp thu, học tập nghị quyết, hiện nay 03 đảng viên/cuốn",
				"DOCUMENTS", null, "2020-08-19")));
		long docs3 = created(call(PROVINCE_OFFICER, post("/api/v1/recommendations"), rec(vinhThuan.commune(),
				"Tài liệu học tập nghị quyết",
				"Ban Tuyên giáo Huyện ủy cung cấp tài liệu đầy đủ hơn cho cán bộ, đảng viên cơ sở trong tiếp thu, học tập nghị quyết (hiện nay 03 đảng viên/cuốn)",
				"DOCUMENTS", null, "2020-08-21")));

		// The province sees the three near-identical ones suggested as one group, and
		// confirms it.
		String suggestions = body(this.mvc.perform(get("/api/v1/recommendations/groups/suggestions")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(PROVINCE_OFFICER, vn.tuyengiao.support.Fixture.PASSWORD))));
		List<List<Integer>> suggested = JsonPath.read(suggestions, "$[*].members[*].id");
		assertThat(JsonPath.<List<Integer>>read(suggestions, "$[0].members[*].id"))
			.containsExactlyInAnyOrder((int) docs1, (int) docs2, (int) docs3);
		assertThat(suggested).isNotNull();
		String group = body(call(PROVINCE_OFFICER, post("/api/v1/recommendations/groups"), obj("title",
				"Ban Tuyên giáo cung cấp tài liệu đầy đủ hơn cho cán bộ, đảng viên ở cơ sở trong tiếp thu, học tập nghị quyết (hiện nay 03 đảng viên/cuốn)",
				"ids", List.of(docs1, docs2, docs3)))
			.andExpect(status().isCreated()));
		long groupId = ((Number) JsonPath.read(group, "$.id")).longValue();
		this.mvc
			.perform(get("/recommendations")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(PROVINCE_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("03 đơn vị:")));
		this.mvc.perform(get("/recommendations/groups/{id}", groupId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(COMMUNE_OFFICER)))
			.andExpect(status().isOk());

		// Responses, by the province (the addressee), each end state at least once.
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/responses", vbb), obj("status", "PARTLY_RESOLVED",
				"answeredOn", "2020-09-10", "answer",
				"Đã thành lập tổ hỗ trợ xã sưu tầm lịch sử đảng bộ và chuyển 50 đầu sách nông nghiệp; việc xây dựng thư viện xã chưa bố trí được kinh phí năm 2020",
				"version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PARTLY_RESOLVED"));
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/responses", press),
				obj("status", "IN_PROGRESS", "answeredOn", "2020-08-25", "answer",
						"Đã có công văn đề nghị Bưu điện huyện", "version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/responses", press),
				obj("status", "RESOLVED", "answeredOn", "2020-09-05", "answer",
						"Bưu điện huyện Vĩnh Thuận phát báo cho trường hằng ngày từ ngày 01/9/2020", "version", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.history.length()").value(3));
		String fwd = body(call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/forward", nurse), obj("forwardedTo",
				"Ủy ban nhân dân huyện Vĩnh Thuận", "answeredOn", "2020-08-28", "answer",
				"Việc bố trí biên chế y tế học đường thuộc thẩm quyền Ủy ban nhân dân huyện; đã chuyển kiến nghị",
				"forwardDueOn", "2020-10-15", "version", 0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FORWARDED"))
			.andExpect(jsonPath("$.forwardedTo").value("Ủy ban nhân dân huyện Vĩnh Thuận")));
		long onward = ((Number) JsonPath.read(fwd, "$.onwardIds[0]")).longValue();
		call(PROVINCE_OFFICER, get("/api/v1/recommendations/{id}", onward), obj())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.externalBody").value("Ủy ban nhân dân huyện Vĩnh Thuận"))
			.andExpect(jsonPath("$.forwardedFromId").value((int) nurse));
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/responses", onward), obj("status",
				"EXPLAINED_NOT_ACCEPTED", "answeredOn", "2020-10-20", "answer",
				"Ủy ban nhân dân huyện trả lời: chưa có chỉ tiêu biên chế nhân viên y tế trường học; giáo viên kiêm nhiệm được tập huấn sơ cứu",
				"version", 0))
			.andExpect(status().isOk());
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/responses", river),
				obj("status", "RESOLVED", "answeredOn", "2020-09-01", "answer",
						"Ủy ban nhân dân xã đã bố trí thùng rác và tổ thu gom tại bến chợ nổi", "version", 0))
			.andExpect(status().isOk());
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/groups/{id}/responses", groupId),
				obj("status", "RESOLVED", "answeredOn", "2020-09-15", "answer",
						"Ban Tuyên giáo in bổ sung tài liệu, bảo đảm 01 cuốn cho mỗi đảng viên từ đợt học tập tới"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[*].status")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("RESOLVED"))));

		// The reply letter's number, recorded once for the whole group.
		call(PROVINCE_OFFICER, post("/api/v1/recommendations/{id}/reply", docs1),
				obj("reference", "15-CV/BTGHU", "issuedOn", "2020-09-16"))
			.andExpect(status().isOk());
		call(COMMUNE_OFFICER, get("/api/v1/recommendations/{id}", docs1), obj())
			.andExpect(jsonPath("$.replyReference").value("15-CV/BTGHU"))
			.andExpect(jsonPath("$.replyIssuedOn").value("2020-09-16"));
		call(PROVINCE_OFFICER, get("/api/v1/recommendations/{id}", docs3), obj())
			.andExpect(jsonPath("$.replyReference").value("15-CV/BTGHU"));

		// The commune that asked sees the answers returned to it (the seen badge).
		String answers = body(
				call(COMMUNE_OFFICER, get("/api/v1/recommendations?view=ANSWERS"), obj()).andExpect(status().isOk()));
		assertThat(JsonPath.<List<Integer>>read(answers, "$[*].id")).contains((int) vbb, (int) press, (int) river,
				(int) docs1);
		assertThat(JsonPath.<List<Integer>>read(answers, "$[*].id")).doesNotContain((int) docs2, (int) nurse);
		this.mvc
			.perform(get("/recommendations/{id}", press)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(COMMUNE_OFFICER)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("phát báo cho trường hằng ngày từ ngày 01/9/2020")));

		// The report: counts for the period, and the section listing them by unit.
		String summary = body(call(PROVINCE_OFFICER,
				get("/api/v1/recommendations/summary?unitId={u}&from=2020-08-01&to=2020-08-31", this.fx.province()),
				obj())
			.andExpect(status().isOk()));
		assertThat(((Number) JsonPath.read(summary, "$.total.raised")).intValue()).isEqualTo(7);
		assertThat(((Number) JsonPath.read(summary, "$.total.answered")).intValue()).isEqualTo(7);
		assertThat(((Number) JsonPath.read(summary, "$.total.answeredLate")).intValue()).isZero();
		assertThat(((Number) JsonPath.read(summary, "$.total.byStatus.RESOLVED")).intValue()).isEqualTo(5);
		assertThat(((Number) JsonPath.read(summary, "$.total.byStatus.PARTLY_RESOLVED")).intValue()).isEqualTo(1);
		assertThat(((Number) JsonPath.read(summary, "$.total.byStatus.FORWARDED")).intValue()).isEqualTo(1);
		List<String> section = JsonPath.read(summary, "$.section");
		assertThat(section).contains(
				"Đảng ủy xã Vĩnh Bình Bắc kiến nghị: Ban Tuyên giáo Huyện ủy thành lập tổ tiếp xã về công tác sưu tầm lịch sử; vận động hỗ trợ sách về nông nghiệp cho xã; kiến nghị với Huyện ủy bố trí cho xã xây dựng thư viện.",
				"Chi bộ Trường Tiểu học Bình Minh kiến nghị: Ban Tuyên giáo Huyện ủy làm việc với Bưu điện nên phát báo cho trường hàng ngày (hiện nay 1 đến 2 lần/tuần).",
				"Chi bộ Trường Tiểu học và THCS Tân Thuận 1 kiến nghị: Bố trí cho trường 01 cán bộ có chuyên môn y tế để làm y tế học đường (hiện nay đang bố trí 01 giáo viên dư làm y tế học đường).",
				"Chi bộ ấp Vĩnh Lộc 1 kiến nghị: Khu Chợ nổi ghe neo đậu thường bỏ rác xuống sông gây ô nhiễm môi trường.");
		assertThat(section).anySatisfy(line -> assertThat(line).startsWith(
				"Nhiều đơn vị cùng kiến nghị Ban Tuyên giáo cung cấp tài liệu đầy đủ hơn cho cán bộ, đảng viên ở cơ sở trong tiếp thu, học tập nghị quyết (hiện nay 03 đảng viên/cuốn) (03 đơn vị: ")
			.contains("Đảng ủy xã Vĩnh Bình Bắc", "Đảng ủy xã Tân Thuận", "Đảng ủy xã Vĩnh Thuận"));
		assertThat(section).hasSize(5);
	}

}
