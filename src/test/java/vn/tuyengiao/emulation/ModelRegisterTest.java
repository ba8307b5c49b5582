package vn.tuyengiao.emulation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/**
 * The model register through the API and the pages: overlap check, lifecycle, coverage,
 * review, replication, scope.
 */
@IntegrationTest
class ModelRegisterTest extends ModelTestSupport {

	static final String DVK_CONTENT = "Vận động các hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp, mỗi hộ đóng góp một bóng đèn và tiền điện hằng tháng";

	@Autowired
	ModelLifecycle lifecycle;

	@Autowired
	EmulationRollup rollup;

	@Test
	void registrationWarnsOfTheSameCellsDanVanKheoModelAndOfCopiesElsewhereButStoresTheModel() throws Exception {
		Commune c = commune("M1E.TH", "Tân Hiệp");
		Commune other = commune("M1E.TB", "Tân Bình");
		long dvk = id(call(post("/api/v1/models"),
				model(c.cellA(), "Thắp sáng đường quê", "DAN_VAN_KHEO", DVK_CONTENT, "2024-03-01"))
			.andExpect(status().isCreated()));
		long copied = id(call(post("/api/v1/models"), model(other.cellB(), "Đèn đường liên ấp", "HO_CHI_MINH",
				"Vận động các hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp, mỗi hộ đóng góp một bóng đèn và tiền điện hằng tháng",
				"2024-05-01"))
			.andExpect(status().isCreated()));
		call(post("/api/v1/models"), model(c.cellA(), "Thắp sáng đường quê ấp Kinh 1", "HO_CHI_MINH",
				"Vận động hộ dân lắp đèn chiếu sáng dọc đường liên ấp; mỗi hộ đóng góp bóng đèn và tiền điện hằng tháng",
				"2025-02-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.model.status").value("REGISTERED"))
			.andExpect(jsonPath("$.overlaps[0].modelId").value((int) dvk))
			.andExpect(jsonPath("$.overlaps[0].parallel").value(true))
			.andExpect(jsonPath("$.overlaps[0].movement").value("DAN_VAN_KHEO"))
			.andExpect(jsonPath("$.overlaps[?(@.modelId == " + copied + ")].parallel").value(hasItem(false)));
		// A model with nothing in common: no warning.
		call(post("/api/v1/models"), model(c.cellB(), "Tổ tự quản an ninh trật tự", "HO_CHI_MINH",
				"Tuần tra ban đêm, phối hợp công an xã phòng chống trộm cắp tài sản của nhân dân", "2025-02-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.overlaps").isEmpty());
		// The pre-check before saving says the same.
		call(post("/api/v1/models/overlaps"), obj("ownerUnitId", c.cellA(), "movement", "HO_CHI_MINH", "title",
				"Thắp sáng đường quê", "content", DVK_CONTENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].modelId").value((int) dvk));
		// A mass organisation's model must name its organisation.
		Map<String, Object> noOrg = model(c.cellB(), "Phụ nữ giữ đường sạch", "MASS_ORGANISATION",
				"Quét dọn đường hằng tuần", "2025-01-01");
		noOrg.put("massOrganisation", null);
		call(post("/api/v1/models"), noOrg).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("ghi rõ tổ chức")));
	}

	@Test
	void lifecycleHistoryAssessmentsStaleVersionsAndTheReviewList() throws Exception {
		Commune c = commune("M2E.VH", "Vĩnh Hòa");
		String body = call(post("/api/v1/models"),
				model(c.cellA(), "Đường hoa nông thôn mới", "HO_CHI_MINH",
						"Mỗi hộ trồng, chăm sóc hoa trước nhà; chi bộ phân công đảng viên phụ trách từng đoạn đường",
						"2022-03-01"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.model.id")).longValue();
		int v = JsonPath.read(body, "$.model.version");
		// Follow-up before launch is refused.
		call(post("/api/v1/models/{id}/assessments", id),
				obj("year", 2022, "effectiveness", "GOOD", "results", "Trồng 2 km hoa"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("chưa triển khai")));
		v = advance(id, v, "REVIEWED");
		v = advance(id, v, "LAUNCHED");
		// Someone else's stale copy: refused.
		call(post("/api/v1/models/{id}/advance", id), obj("version", v - 1)).andExpect(status().isConflict());
		call(post("/api/v1/models/{id}/assessments", id), obj("year", 2023, "effectiveness", "GOOD", "results",
				"Trồng 2 km hoa, 120 hộ tham gia", "on", "2023-12-20"))
			.andExpect(status().isNoContent());
		call(post("/api/v1/models/{id}/assessments", id), obj("year", 2024, "effectiveness", "FAIR", "results",
				"Trồng 2 km hoa, 120 hộ tham gia", "on", "2024-12-18"))
			.andExpect(status().isNoContent());
		call(post("/api/v1/models/{id}/assessments", id),
				obj("year", 2024, "effectiveness", "GOOD", "results", "Lần hai"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/models/{id}/transitions", id).with(officer()))
			.andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("REGISTERED", "REVIEWED", "LAUNCHED")))
			.andExpect(jsonPath("$[1].by").value("canbo.tinh.t"));
		// Another model, launched in 2023 and never assessed.
		long quiet = id(call(post("/api/v1/models"), model(c.cellB(), "Tủ sách pháp luật ấp", "HO_CHI_MINH",
				"Đặt tủ sách pháp luật tại nhà văn hóa ấp, đảng viên thay phiên giới thiệu sách", "2023-01-10")));
		assertThat(this.rollup.review(Scope.system(), c.commune(), LocalDate.of(2025, 3, 1)))
			.extracting(r -> r.model().id(), EmulationRollup.ReviewRow::reasons)
			.contains(org.assertj.core.groups.Tuple.tuple(id, java.util.Set.of(ReviewReason.UNCHANGED_RESULTS)),
					org.assertj.core.groups.Tuple.tuple(quiet, java.util.Set.of(ReviewReason.NO_ASSESSMENT)));
		// A year after the last assessment it is also overdue.
		assertThat(this.rollup.review(Scope.system(), c.commune(), LocalDate.of(2026, 1, 15)))
			.filteredOn(r -> r.model().id() == id)
			.singleElement()
			.extracting(EmulationRollup.ReviewRow::reasons)
			.isEqualTo(java.util.Set.of(ReviewReason.NO_ASSESSMENT, ReviewReason.UNCHANGED_RESULTS));
		this.mvc
			.perform(get("/models/review").param("unit", String.valueOf(c.commune()))
				.param("asOf", "2025-03-01")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết quả năm sau chép y năm trước")))
			.andExpect(content().string(containsString("Tủ sách pháp luật ấp")));
		// Retired, with its reason; then no longer on the review list and no longer
		// editable.
		call(post("/api/v1/models/{id}/retire", quiet),
				obj("version", 0, "reason", "INEFFECTIVE", "on", "2025-01-15", "note", "Không còn người đọc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETIRED"));
		assertThat(this.rollup.review(Scope.system(), c.commune(), LocalDate.of(2025, 3, 1)))
			.extracting(r -> r.model().id())
			.doesNotContain(quiet);
		Map<String, Object> edit = model(c.cellB(), "Tủ sách", "HO_CHI_MINH", "Sửa", "2023-01-10");
		edit.put("version", 1);
		call(put("/api/v1/models/{id}", quiet), edit).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Mô hình «Tủ sách pháp luật ấp» đã dừng, không sửa được nữa."));
	}

	@Test
	void coverageListsCellsWithoutALiveModelAndTheRollupCounts() throws Exception {
		Commune c = commune("M3E.PL", "Phú Lợi");
		// A Dân vận khéo model does not cover the cell.
		call(post("/api/v1/models"),
				model(c.cellA(), "Dân vận khéo: đường sạch", "DAN_VAN_KHEO", "Quét dọn đường hằng tuần", "2025-01-05"))
			.andExpect(status().isCreated());
		long old = id(call(post("/api/v1/models"), model(c.cellB(), "Nuôi heo đất tiết kiệm", "HO_CHI_MINH",
				"Mỗi đảng viên nuôi heo đất, cuối năm giúp hộ nghèo", "2023-06-01")));
		this.mvc
			.perform(get("/api/v1/models/coverage").param("unitId", String.valueOf(c.commune()))
				.param("year", "2025")
				.with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.registered").value(1))
			.andExpect(jsonPath("$.total.newThisYear").value(0))
			.andExpect(jsonPath("$.total.danVanKheo").value(1))
			.andExpect(jsonPath("$.total.unitsRequired").value(4))
			.andExpect(jsonPath("$.total.unitsCovered").value(1))
			.andExpect(jsonPath("$.without[*].unitId")
				.value(org.hamcrest.Matchers.containsInAnyOrder((int) c.commune(), (int) c.cellA(), (int) c.cellC())))
			.andExpect(jsonPath("$.without[0].commune").value("Đảng ủy xã Phú Lợi"));
		// Launch the old model and let the school's cell copy it in 2025; the commune
		// registers its own.
		int v = 0;
		v = advance(old, v, "REVIEWED");
		advance(old, v, "LAUNCHED");
		call(post("/api/v1/models/{id}/replications", old),
				obj("unitId", c.cellC(), "on", "2025-04-02", "note", "Học sinh nuôi heo đất"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replicatedFromId").value((int) old));
		call(post("/api/v1/models"), model(c.commune(), "Ngày thứ Bảy tình nguyện", "HO_CHI_MINH",
				"Cán bộ xã dọn vệ sinh chợ mỗi thứ Bảy", "2025-03-01"))
			.andExpect(status().isCreated());
		EmulationRollup.Coverage cov = this.rollup.coverage(Scope.system(), c.commune(), 2025);
		assertThat(cov.without()).extracting(m -> m.unit().getId()).containsExactly(c.cellA());
		assertThat(cov.total().registered()).isEqualTo(3);
		assertThat(cov.total().newThisYear()).isEqualTo(2);
		assertThat(cov.total().replicated()).isEqualTo(1);
		assertThat(cov.total().byGroup()).containsEntry("Môi trường, xây dựng nông thôn mới", 3L);
		// Each child row counts its own subtree only: the Dân vận khéo model and no cover
		// in cell A, the copied model in cell B, the copy in cell C.
		java.util.Map<Long, EmulationRollup.Counts> rows = new java.util.HashMap<>();
		cov.children().forEach(r -> rows.put(r.unit().getId(), r.counts()));
		assertThat(rows.get(c.cellA()))
			.extracting(EmulationRollup.Counts::registered, EmulationRollup.Counts::danVanKheo,
					EmulationRollup.Counts::unitsRequired, EmulationRollup.Counts::unitsCovered)
			.containsExactly(0L, 1L, 1L, 0L);
		assertThat(rows.get(c.cellB()))
			.extracting(EmulationRollup.Counts::registered, EmulationRollup.Counts::newThisYear,
					EmulationRollup.Counts::replicated, EmulationRollup.Counts::unitsCovered)
			.containsExactly(1L, 0L, 1L, 1L);
		assertThat(rows.get(c.cellC()))
			.extracting(EmulationRollup.Counts::registered, EmulationRollup.Counts::newThisYear,
					EmulationRollup.Counts::replicated, EmulationRollup.Counts::unitsCovered)
			.containsExactly(1L, 1L, 0L, 1L);
		assertThat(rows.values().stream().mapToLong(EmulationRollup.Counts::registered).sum())
			.isEqualTo(cov.total().registered() - 1);
		// The retired model counts as retired in its year and stops covering its cell the
		// year after.
		this.lifecycle.retire(Scope.system(), old, this.models.get(Scope.system(), old).getVersion(),
				RetireReason.OUTDATED, LocalDate.of(2025, 11, 30), "Đã chuyển sang mô hình mới");
		assertThat(this.rollup.coverage(Scope.system(), c.commune(), 2025).total().retired()).isEqualTo(1);
		assertThat(this.rollup.coverage(Scope.system(), c.commune(), 2026).without()).extracting(m -> m.unit().getId())
			.contains(c.cellB());
		// The page shows the cell still without a model.
		this.mvc
			.perform(get("/models/coverage").param("unit", String.valueOf(c.commune()))
				.param("year", "2025")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ ấp Kinh 1 Phú Lợi")))
			.andExpect(content()
				.string(not(containsString("<li class=\"without-unit\">Chi bộ Trường Tiểu học Phú Lợi</li>"))));
	}

	@Test
	void aRetiredModelCannotBeReplicatedAndNothingIsStored() throws Exception {
		Commune c = commune("M4E.HT", "Hòa Thuận");
		long m = id(call(post("/api/v1/models"), model(c.cellA(), "Sân chơi thiếu nhi", "HO_CHI_MINH",
				"Góp công làm sân chơi cho trẻ em ấp", "2021-05-01")));
		call(post("/api/v1/models/{id}/retire", m), obj("version", 0, "reason", "COMPLETED", "on", "2024-06-01"))
			.andExpect(status().isOk());
		Integer models = this.jdbc.queryForObject("select count(*) from emulation_model", Integer.class);
		Integer links = this.jdbc.queryForObject("select count(*) from model_replication", Integer.class);
		call(post("/api/v1/models/{id}/replications", m), obj("unitId", c.cellB(), "on", "2025-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Không thể nhân rộng mô hình «Sân chơi thiếu nhi»: mô hình đã dừng từ ngày 01/06/2024."));
		this.mvc
			.perform(post("/models/{id}/replications", m).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unitId", String.valueOf(c.cellB())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("đã dừng")));
		assertThat(this.jdbc.queryForObject("select count(*) from emulation_model", Integer.class)).isEqualTo(models);
		assertThat(this.jdbc.queryForObject("select count(*) from model_replication", Integer.class)).isEqualTo(links);
	}

	@Test
	void anotherCommunesOfficerCannotReadOrChangeItsModelsThroughThePagesOrTheApi() throws Exception {
		long cc = this.models.register(Scope.system(),
				new Registration(this.fx.cellCc(), null, "Hiến đất mở rộng đường ấp Cái Chanh", group("SOCIAL_WELFARE"),
						Movement.HO_CHI_MINH, null, null, null, "Vận động hộ dân hiến đất mở rộng đường trục ấp", null,
						null, null, null, null, false, false, LocalDate.of(2025, 2, 1), null))
			.model()
			.getId();
		this.mvc.perform(get("/api/v1/models/{id}", cc).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/models/{id}", cc).with(user("canbo.vbb"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/models/{id}/advance", cc).with(user("canbo.vbb")).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/models/{id}/retire", cc).with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(obj("version", 0, "reason", "OUTDATED"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/models").with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) cc))));
		this.mvc.perform(get("/models").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hiến đất mở rộng đường ấp Cái Chanh"))));
		this.mvc
			.perform(get("/api/v1/models/coverage").param("unitId", String.valueOf(this.fx.communePd()))
				.with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		// Registering for another commune's cell, or as a viewer, is refused.
		this.mvc
			.perform(post("/api/v1/models").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(model(this.fx.cellCc(), "Mô hình lạ", "HO_CHI_MINH", "Nội dung", "2025-01-01"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/models").with(httpBasic("xem.pd", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json
					.write(model(this.fx.cellCc(), "Mô hình của người xem", "HO_CHI_MINH", "Nội dung", "2025-01-01"))))
			.andExpect(status().isForbidden());
		// The commune's own viewer reads it; the province officer exports it.
		this.mvc.perform(get("/api/v1/models/{id}", cc).with(httpBasic("xem.pd", Fixture.PASSWORD)))
			.andExpect(status().isOk());
		byte[] xlsx = this.mvc
			.perform(get("/models/export.xlsx").param("unit", String.valueOf(this.fx.communePd()))
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tên mô hình");
			boolean found = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				found |= "Hiến đất mở rộng đường ấp Cái Chanh".equals(sheet.getRow(r).getCell(1).getStringCellValue());
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void administratorsExtendTheGroupList() throws Exception {
		this.mvc
			.perform(post("/api/v1/models/groups").with(httpBasic("admin.t", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(obj("code", "DIGITAL", "name", "Chuyển đổi số"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Chuyển đổi số"));
		this.mvc
			.perform(post("/api/v1/models/groups").with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(obj("code", "HEALTH", "name", "Y tế"))))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> this.models.createGroup(Scope.system(), "DIGITAL", "Lặp"))
			.isInstanceOf(AppException.class)
			.hasMessage("emulation.groupExists");
		this.mvc.perform(get("/api/v1/models/groups").with(officer()))
			.andExpect(jsonPath("$[*].code").value(hasItem("DIGITAL")));
	}

	private int advance(long id, int version, String expected) throws Exception {
		String r = call(post("/api/v1/models/{id}/advance", id), obj("version", version, "note", "Chi ủy thống nhất"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(r, "$.version");
	}

}
