package vn.tuyengiao.supervision;

import java.io.ByteArrayInputStream;
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

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.tabular.Table;
import vn.tuyengiao.tabular.TabularReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13: the findings of a plan, or about a unit, as an Excel sheet with the unit
 * named unambiguously, dd/MM/yyyy dates and the remedy state in Vietnamese; a sibling
 * commune gets 403 before any file starts.
 */
@IntegrationTest
class SupervisionFindingsExportTest {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	final JsonMapper json = new JsonMapper();

	@Test
	void theFindingsOfAPlanAndOfAUnitAreExportedWithinScope() throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("unitId", this.fx.province());
		body.put("kind", "THEMATIC");
		body.put("basis", "Kế hoạch số 97-KH/TU ngày 02/3/2026");
		body.put("subject", "Việc treo bảng chuẩn mực đạo đức và tủ sách cơ sở (xuất Excel)");
		body.put("periodFrom", "2026-03-01");
		body.put("periodTo", "2026-11-30");
		body.put("unitIds", List.of(this.fx.communeVbb(), this.fx.communePd()));
		body.put("team", List.of("canbo.tinh.t"));
		long plan = id(call(post("/api/v1/supervision/plans"), body).andExpect(status().isCreated()));
		long vbb = visit(plan, this.fx.communeVbb(), "2026-04-08");
		long pd = visit(plan, this.fx.communePd(), "2026-04-15");
		String uuid = UUID.randomUUID().toString();
		Map<String, Object> shortcoming = new HashMap<>();
		shortcoming.put("uuid", uuid);
		shortcoming.put("kind", "SHORTCOMING");
		shortcoming.put("itemCode", "ETHICS_BOARD_KL01");
		shortcoming.put("note", "Bảng chuẩn mực đạo đức ở hội trường vẫn theo Chỉ thị 05-CT/TW");
		shortcoming.put("remedy", "Thay bảng theo Kết luận 01-KL/TW");
		shortcoming.put("responsibleUnitId", this.fx.cellVl1());
		shortcoming.put("deadline", "2026-06-30");
		call(post("/api/v1/supervision/visits/{id}/sync", vbb), Map.of("findings", List.of(shortcoming)))
			.andExpect(status().isOk());
		Map<String, Object> strength = new HashMap<>();
		strength.put("uuid", UUID.randomUUID().toString());
		strength.put("kind", "STRENGTH");
		strength.put("itemCode", "BOOKS_LOG");
		strength.put("note", "Tủ sách có sổ theo dõi mượn sách ghi đầy đủ");
		call(post("/api/v1/supervision/visits/{id}/sync", pd), Map.of("findings", List.of(strength)))
			.andExpect(status().isOk());

		Table t = read(this.mvc
			.perform(get("/api/v1/supervision/plans/{id}/findings.xlsx", plan)
				.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX)));
		assertThat(t.headers()).containsExactly("STT", "Đơn vị được giám sát", "Ngày giám sát", "Mục kiểm tra",
				"Ưu điểm / Hạn chế", "Minh chứng, ghi chú", "Yêu cầu khắc phục", "Đơn vị chịu trách nhiệm khắc phục",
				"Hạn khắc phục", "Tình trạng khắc phục");
		assertThat(t.rows()).hasSize(2);
		assertThat(t.rows().get(0).cells()).containsExactly("1", "Đảng ủy xã Vĩnh Bình Bắc", "08/04/2026",
				"Bảng chuẩn mực đã cập nhật theo Kết luận 01-KL/TW (không còn theo Chỉ thị 05-CT/TW)", "Hạn chế",
				"Bảng chuẩn mực đạo đức ở hội trường vẫn theo Chỉ thị 05-CT/TW", "Thay bảng theo Kết luận 01-KL/TW",
				"Chi bộ ấp Vĩnh Lộc 1", "30/06/2026", "Đang khắc phục (quá hạn)");
		assertThat(t.rows().get(1).cells().subList(1, 6)).containsExactly("Đảng ủy xã Phong Đông", "15/04/2026",
				"Có sổ theo dõi cho mượn sách", "Ưu điểm", "Tủ sách có sổ theo dõi mượn sách ghi đầy đủ");
		assertThat(t.rows().get(1).cell(9)).isEqualTo("Không yêu cầu khắc phục");

		// Per unit: the commune's officer gets its own findings only, not the sibling's.
		Table own = read(this.mvc
			.perform(get("/api/v1/supervision/findings.xlsx").param("unitId", String.valueOf(this.fx.communeVbb()))
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk()));
		assertThat(own.rows()).extracting(r -> r.cell(5))
			.contains("Bảng chuẩn mực đạo đức ở hội trường vẫn theo Chỉ thị 05-CT/TW")
			.doesNotContain("Tủ sách có sổ theo dõi mượn sách ghi đầy đủ");

		// The visited commune reads the plan's export with its own visit only.
		Table visited = read(this.mvc
			.perform(get("/api/v1/supervision/plans/{id}/findings.xlsx", plan)
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk()));
		assertThat(visited.rows()).extracting(r -> r.cell(1)).containsExactly("Đảng ủy xã Vĩnh Bình Bắc");

		// A unit outside the plan's tree (a cell of the other commune): 403, no file, by
		// the
		// API and the page.
		for (String sibling : List.of("bithu.cc", "bithu.vl1")) {
			String typeOf = this.mvc
				.perform(get("/api/v1/supervision/plans/{id}/findings.xlsx", plan)
					.with(httpBasic(sibling, Fixture.PASSWORD)))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getContentType();
			assertThat(typeOf).doesNotContain("spreadsheet");
		}
		this.mvc
			.perform(get("/api/v1/supervision/findings.xlsx").param("unitId", String.valueOf(this.fx.communePd()))
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/plans/{id}/findings.xlsx", plan).with(user("bithu.cc")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/plans/{id}/findings.xlsx", plan).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX));
		this.mvc.perform(get("/supervision/plans/{id}", plan).with(user("canbo.tinh.t")))
			.andExpect(content().string(containsString("/supervision/plans/" + plan + "/findings.xlsx")));
	}

	long visit(long plan, long unit, String date) throws Exception {
		return id(call(post("/api/v1/supervision/plans/{id}/visits", plan), Map.of("unitId", unit, "visitDate", date))
			.andExpect(status().isCreated()));
	}

	ResultActions call(MockHttpServletRequestBuilder req, Object body) throws Exception {
		return this.mvc.perform(req.with(httpBasic("canbo.tinh.t", Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsBytes(body)));
	}

	static long id(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	static Table read(ResultActions r) throws Exception {
		return TabularReader.readAll("phat-hien.xlsx",
				new ByteArrayInputStream(r.andReturn().getResponse().getContentAsByteArray()), 10L << 20);
	}

}
