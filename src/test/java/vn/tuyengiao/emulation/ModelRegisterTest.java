package vn.tuyengiao.emulation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.internal.ModelAttachments;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.emulation.Json.obj;

/**
 * The model register through the API and the pages: overlap check, lifecycle, coverage,
 * review, replication, attachments, scope.
 */
@IntegrationTest
class ModelRegisterTest {

	static final String DVK_CONTENT = "Vận động các hộ dân lắp đèn chiếu sáng dọc tuyến đường liên ấp, mỗi hộ đóng góp một bóng đèn và tiền điện hằng tháng";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgs;

	@Autowired
	ModelService models;

	@Autowired
	ModelLifecycle lifecycle;

	@Autowired
	ModelAttachments attachments;

	@Autowired
	EmulationRollup rollup;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	record Commune(long commune, long cellA, long cellB, long cellC) {
	}

	private Commune commune(String code, String name) {
		Scope system = Scope.system();
		LocalDate from = LocalDate.of(2020, 1, 1);
		OrgUnit c = this.orgs.create(system,
				new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã " + name, code, "ĐU", from));
		long a = this.orgs
			.create(system,
					new NewUnit(c.getId(), OrgUnitKind.CELL, "Chi bộ ấp Kinh 1 " + name, code + ".K1", "CB", from))
			.getId();
		long b = this.orgs
			.create(system,
					new NewUnit(c.getId(), OrgUnitKind.CELL, "Chi bộ ấp Kinh 2 " + name, code + ".K2", "CB", from))
			.getId();
		long d = this.orgs
			.create(system,
					new NewUnit(c.getId(), OrgUnitKind.CELL, "Chi bộ Trường Tiểu học " + name, code + ".TH", "CB",
							from))
			.getId();
		return new Commune(c.getId(), a, b, d);
	}

	private long group(String code) {
		return this.models.groups().stream().filter(g -> g.getCode().equals(code)).findFirst().orElseThrow().getId();
	}

	private Map<String, Object> model(long unit, String title, String movement, String content, String start) {
		return obj("ownerUnitId", unit, "title", title, "groupId", group("ENVIRONMENT"), "movement", movement,
				"massOrganisation", movement.equals("MASS_ORGANISATION") ? "WOMENS_UNION" : null, "situation",
				"Đường liên ấp chưa có đèn, ban đêm đi lại khó khăn, mất an toàn", "goals",
				"100% tuyến đường liên ấp có đèn", "content", content, "area", "Tuyến đường liên ấp, 120 hộ dân",
				"participants", "Chi bộ chủ trì, Ban nhân dân ấp phối hợp", "resources",
				"Nhân dân đóng góp 30 triệu đồng, 200 ngày công", "timeline", "Quý I lắp đặt; quý II nghiệm thu",
				"outputs", "2,5 km đường có đèn", "sustainable", true, "replicable", true, "startDate", start);
	}

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
	void attachmentsArePhotosOrPdfsByContentWithinTheSizeLimitAllOrNothing() throws Exception {
		Commune c = commune("M5E.TA", "Tân An");
		long m = id(call(post("/api/v1/models"),
				model(c.cellA(), "Vườn rau sạch", "HO_CHI_MINH", "Trồng rau sạch tặng hộ nghèo", "2025-01-01")));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("files", "anh-vuon-rau.png", "image/png", png))
				.file(new MockMultipartFile("files", "bao-cao.jpg", "image/jpeg", exe))
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Tệp «bao-cao.jpg» không phải ảnh (JPEG, PNG, GIF, WEBP) hay PDF. Không tệp nào được lưu."));
		byte[] big = Arrays.copyOf(pdf, (int) this.attachments.maxAttachmentBytes() + 1);
		this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("files", "ke-hoach.pdf", "application/pdf", big))
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value(containsString("Tệp «ke-hoach.pdf» nặng 5,0 MB, vượt giới hạn 5 MB")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from model_attachment where model_id = ?", Integer.class, m))
			.isZero();
		String saved = this.mvc
			.perform(multipart("/api/v1/models/{id}/attachments", m)
				.file(new MockMultipartFile("files", "anh-vuon-rau.png", "application/octet-stream", png))
				.file(new MockMultipartFile("files", "ke-hoach.pdf", "application/pdf", pdf))
				.with(officer()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].contentType").value("image/png"))
			.andExpect(jsonPath("$[1].contentType").value("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int aid = JsonPath.read(saved, "$[1].id");
		byte[] back = this.mvc.perform(get("/api/v1/models/{id}/attachments/{aid}", m, aid).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		this.mvc.perform(get("/models/{id}", m).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("anh-vuon-rau.png")));
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
	void exemplarsOfSeed000WithPublicityLinksChecked() throws Exception {
		String body = call(post("/api/v1/exemplars"), obj("kind", "INDIVIDUAL", "memberId", this.fx.leThangCc(),
				"deeds",
				"Cựu chiến binh ấp, thuộc hộ nghèo, phấn đấu làm ăn vươn lên, tự xin thoát nghèo; hiến đất xây dựng và mở rộng trụ sở ấp Cái Chanh",
				"foundOn", "2020-08-20", "foundHow", "SURVEY", "category", "LAND_DONATION"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Lê Văn Thắng"))
			.andExpect(jsonPath("$.unitId").value((int) this.fx.cellCc()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		call(post("/api/v1/exemplars"), obj("kind", "INDIVIDUAL", "unitId", this.fx.cellCc(), "personName",
				"Nguyễn Thị Quý", "deeds",
				"Chi hội Phụ nữ ấp, vận động mạnh thường quân tặng 100 suất quà (mỗi suất 400.000 đồng) cho hộ nghèo, cận nghèo, học sinh khó khăn",
				"foundOn", "2020-08-20", "foundHow", "SURVEY", "category", "CHARITY"))
			.andExpect(status().isCreated());
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "FACEBOOK", "publishedOn", "2020-09-02", "title", "Cựu chiến binh tự xin thoát nghèo",
						"url", "javascript:alert(1)"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("«javascript:alert(1)» không hợp lệ")));
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "ZALO", "publishedOn", "2020-09-02", "title", "Tin nhóm Zalo"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("cần có đường dẫn")));
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "FACEBOOK", "publishedOn", "2020-09-02", "title", "Cựu chiến binh tự xin thoát nghèo",
						"url", "https://www.facebook.com/caungangdongkhoi/posts/123"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publicity[0].channel").value("FACEBOOK"));
		call(post("/api/v1/exemplars/{id}/publicity", id),
				obj("channel", "RADIO", "publishedOn", "2020-09-05", "title",
						"Đài truyền thanh xã: gương cựu chiến binh"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publicity.length()").value(2));
		this.mvc.perform(get("/api/v1/exemplars/{id}", id).with(httpBasic("canbo.vbb", Fixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/exemplars/{id}", id).with(user("xem.pd")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tự xin thoát nghèo")))
			.andExpect(content().string(containsString("https://www.facebook.com/caungangdongkhoi/posts/123")));
		this.mvc.perform(get("/exemplars").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Lê Văn Thắng"))));
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

	private static long id(ResultActions r) throws Exception {
		String body = r.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.model.id")).longValue();
	}

	private ResultActions call(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(request.with(officer()).contentType(MediaType.APPLICATION_JSON).content(Json.write(body)));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
		return httpBasic("canbo.tinh.t", Fixture.PASSWORD);
	}

}
