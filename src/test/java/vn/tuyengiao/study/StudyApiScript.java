package vn.tuyengiao.study;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.support.Fixture;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST calls {@link StudyCampaignApiTest} scripts as a provincial officer would: unit
 * and member imports, campaigns, classes, attendance and plain JSON calls.
 */
abstract class StudyApiScript {

	static final String UNIT_HEADER = "Mã đơn vị,Tên tổ chức đảng,Loại,Mã đơn vị cấp trên,Ký hiệu văn bản,Hiệu lực từ,Hiệu lực đến\n";

	static final String MEMBER_HEADER = "Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Mã chi bộ,Chức vụ,Chức trách nhiệm vụ,Tình trạng,Từ ngày,Cán bộ hưu\n";

	static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Hồ", "Ngô" };

	static final String[] GIVEN = { "Văn Thắng", "Thị Hòa", "Văn Tâm", "Thị Lan", "Minh Tuấn", "Ngọc Ánh", "Văn Hùng",
			"Thị Mai" };

	@Autowired
	MockMvc mvc;

	private static final java.util.concurrent.atomic.AtomicInteger CARD = new java.util.concurrent.atomic.AtomicInteger(
			96_000_000);

	int attendActive(long session, long unit) throws Exception {
		List<Long> ids = members(unit).stream()
			.filter(r -> "ACTIVE".equals(r.get("status")))
			.map(r -> ((Number) r.get("id")).longValue())
			.toList();
		attend(session, ids).andExpect(status().isOk());
		return ids.size();
	}

	String member(int i, String cell, String status) {
		String name = SURNAMES[i % SURNAMES.length] + " " + GIVEN[(i / 7) % GIVEN.length];
		boolean female = name.contains("Thị") || name.contains("Ngọc");
		String since = status.equals("Đang sinh hoạt") ? "" : "01/01/2019";
		return name + "," + (female ? "Nữ" : "Nam") + ",01/01/1970," + CARD.getAndIncrement()
				+ ",01/01/2000,01/01/2001," + cell + ",Đảng viên,," + status + "," + since + ",Không\n";
	}

	void importUnits(String csv) throws Exception {
		this.mvc
			.perform(multipart("/api/v1/units/import")
				.file(new MockMultipartFile("file", "to-chuc.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(officer()))
			.andExpect(status().isOk());
	}

	void importMembers(String csv) throws Exception {
		this.mvc
			.perform(multipart("/api/v1/members/import")
				.file(new MockMultipartFile("file", "dang-vien.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(officer()))
			.andExpect(status().isOk());
	}

	long unitId(String code) throws Exception {
		String body = this.mvc.perform(get("/api/v1/units").param("q", code).with(officer()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> units = JsonPath.read(body, "$");
		return units.stream()
			.filter(u -> code.equals(u.get("shortCode")))
			.map(u -> ((Number) u.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

	List<Map<String, Object>> members(long unit) throws Exception {
		String body = this.mvc
			.perform(get("/api/v1/members").param("unit", String.valueOf(unit)).param("size", "500").with(officer()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.items");
	}

	List<Long> memberIds(long unit) throws Exception {
		return members(unit).stream().map(r -> ((Number) r.get("id")).longValue()).toList();
	}

	long createCampaign(long owner, String title, String kind, String from, String to, String audiences)
			throws Exception {
		String json = """
				{"ownerUnitId":%d,"title":"%s","documentKind":"%s","basisPlan":"Kế hoạch số 196-KH/TU ngày 10-02-2020 của Tỉnh ủy",
				 "periodFrom":"%s","periodTo":"%s","audiences":%s}"""
			.formatted(owner, title.replace("\"", "\\\""), kind, from, to, audiences);
		String body = this.mvc.perform(
				post("/api/v1/study/campaigns").with(officer()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long createSession(long campaign, long organiser, String title, String format, Long host, String date,
			String audiences) throws Exception {
		String json = """
				{"organiserUnitId":%d,"title":"%s","format":"%s","hostSessionId":%s,"heldOn":"%s","place":"Hội trường","audiences":%s}"""
			.formatted(organiser, title, format, host == null ? "null" : host, date, audiences);
		String body = this.mvc
			.perform(post("/api/v1/study/campaigns/{id}/sessions", campaign).with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions attend(long session, List<Long> ids) throws Exception {
		return this.mvc.perform(post("/api/v1/study/sessions/{id}/attendance", session).with(officer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberIds\":" + ids + "}"));
	}

	ResultActions call(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		StringBuilder json = new StringBuilder("{");
		body.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(k)
			.append("\":")
			.append(v instanceof String ? "\"" + v + "\""
					: v instanceof List<?> l ? l.stream().map(x -> "\"" + x + "\"").toList().toString() : v));
		json.append('}');
		return this.mvc
			.perform(request.with(officer()).contentType(MediaType.APPLICATION_JSON).content(json.toString()));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
		return httpBasic("canbo.tinh.t", Fixture.PASSWORD);
	}

	static String percent(long a, long b) {
		return vn.tuyengiao.text.VnFormat.percent(a, b);
	}

}
