package vn.tuyengiao.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 001 entered through the API: 13 visits to the communes and the town with the
 * findings the report names gives "giám sát được 13 cuộc ở Đảng bộ các xã, thị trấn" and
 * each shortcoming with its unit count; the pages show the plan and the visit; after a
 * merger the open findings pass to the successor and the visit keeps the old unit.
 */
@IntegrationTest
class SupervisionSeedTest {

	static final List<String> COMMUNES = List.of("Nhị Trường", "Long Sơn", "Hiệp Mỹ Đông", "Hiệp Mỹ Tây", "Kim Hòa",
			"Mỹ Hòa", "Mỹ Long Bắc", "Mỹ Long Nam", "Thạnh Hòa Sơn", "Thuận Hòa", "Trường Thọ", "Vinh Kim");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService org;

	@Autowired
	UserService users;

	final JsonMapper json = new JsonMapper();

	record Area(OrgUnit root, List<OrgUnit> units, String officer) {
	}

	Area area(String name, List<String> communes, boolean town) {
		Scope system = Scope.system();
		String code = "SV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		OrgUnit root = this.org.create(system,
				new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE, name, code, "TU", LocalDate.of(2015, 1, 1)));
		List<OrgUnit> units = new ArrayList<>();
		int i = 0;
		for (String c : communes) {
			units.add(this.org.create(system, new NewUnit(root.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
					"Đảng ủy xã " + c, code + ".X" + (i++), "ĐU", LocalDate.of(2025, 7, 1))));
		}
		if (town) {
			units.add(this.org.create(system, new NewUnit(root.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
					"Đảng ủy thị trấn Cầu Ngang", code + ".TT", "ĐU", LocalDate.of(2025, 7, 1))));
		}
		String officer = "canbo." + code.toLowerCase();
		this.users.create(system, new UserService.NewUser(officer, "Trần Minh Bảnh", Role.OFFICER, root.getId(),
				Fixture.PASSWORD, false));
		return new Area(root, units, officer);
	}

	long plan(Area a) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("unitId", a.root().getId());
		body.put("kind", "THEMATIC");
		body.put("basis", "Kế hoạch số 91-KH/HU ngày 23/6/2022 của Ban Thường vụ Huyện ủy Cầu Ngang");
		body.put("subject", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Đề án trang bị sách cho cơ sở");
		body.put("periodFrom", "2026-06-01");
		body.put("periodTo", "2026-09-30");
		body.put("unitIds", a.units().stream().map(OrgUnit::getId).toList());
		body.put("team", List.of(a.officer()));
		String r = read(call(post("/api/v1/supervision/plans"), a.officer(), body).andExpect(status().isCreated()));
		return ((Number) JsonPath.read(r, "$.id")).longValue();
	}

	long visit(Area a, long plan, OrgUnit unit, String date) throws Exception {
		String r = read(call(post("/api/v1/supervision/plans/{id}/visits", plan), a.officer(),
				Map.of("unitId", unit.getId(), "visitDate", date))
			.andExpect(status().isCreated()));
		return ((Number) JsonPath.read(r, "$.id")).longValue();
	}

	static Map<String, Object> finding(String kind, String item, String note, String remedy, String deadline) {
		Map<String, Object> f = new HashMap<>();
		f.put("uuid", UUID.randomUUID().toString());
		f.put("kind", kind);
		f.put("itemCode", item);
		f.put("note", note);
		if (remedy != null) {
			f.put("remedy", remedy);
			f.put("deadline", deadline);
		}
		return f;
	}

	@Test
	void seed001ThroughTheApiGivesTheReportWithThirteenVisitsAndEachShortcomingCounted() throws Exception {
		Area a = area("Tỉnh ủy Trà Vinh", COMMUNES, true);
		long plan = plan(a);
		for (int i = 0; i < 13; i++) {
			long visit = visit(a, plan, a.units().get(i), "2026-07-" + (10 + i));
			List<Map<String, Object>> findings = new ArrayList<>();
			findings.add(finding("STRENGTH", "PLANS",
					"Các kế hoạch cụ thể hóa thực hiện được xây dựng đảm bảo nội dung theo yêu cầu", null, null));
			findings.add(finding("SHORTCOMING", "BOOKS_LOG", "Cán bộ quản lý không có sổ ghi chép việc cho mượn sách",
					"Lập sổ theo dõi cho mượn sách", "2026-09-30"));
			if (i < 3) {
				findings.add(finding("SHORTCOMING", "ETHICS_BOARD_KL01", "Bảng chuẩn mực còn theo Chỉ thị 05",
						"Thay bảng chuẩn mực đạo đức theo Kết luận 01-KL/TW", "2026-08-31"));
			}
			if (i == 3 || i == 4) {
				findings.add(finding("SHORTCOMING", "ETHICS_BOARD_LEGIBLE", "Bảng phai màu, mất chữ",
						"Làm lại bảng chuẩn mực đạo đức", "2026-08-31"));
			}
			if (i == 0 || (i >= 5 && i <= 7)) {
				findings.add(finding("SHORTCOMING", "BOARDS_5S", "Chỉ còn treo duy nhất 1 bảng 5S",
						"Treo đủ bộ bảng 5S theo chỉ đạo", "2026-08-31"));
			}
			if (i >= 1 && i <= 5) {
				findings.add(finding("SHORTCOMING", "COMMITMENTS_SIGNED", "Nhiều cam kết còn sao chép",
						"Chi ủy rà soát, ký xác nhận lại bản cam kết", "2026-08-31"));
			}
			if (i < 9) {
				findings.add(finding("SHORTCOMING", "BOOKS_REACHABLE", "Tủ sách để trong văn phòng đảng ủy",
						"Chuyển tủ sách ra nơi người dân dễ tiếp cận", "2026-08-31"));
			}
			call(post("/api/v1/supervision/visits/{id}/sync", visit), a.officer(), Map.of("findings", findings))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.findingsStored").value(findings.size()));
		}
		String report = read(this.mvc.perform(get("/supervision/plans/{id}/report", plan).with(user(a.officer())))
			.andExpect(status().isOk())).replaceAll("<[^>]+>", "");
		assertThat(report).contains("Tổ giám sát đã tiến hành giám sát được 13 cuộc ở Đảng bộ các xã, thị trấn.")
			.contains("Thực hiện Kế hoạch số 91-KH/HU ngày 23/6/2022")
			.contains("Bảng chuẩn mực đạo đức vẫn còn nội dung theo Chỉ thị 05-CT/TW (03 đơn vị: Đảng ủy xã Nhị Trường,"
					+ " Đảng ủy xã Long Sơn, Đảng ủy xã Hiệp Mỹ Đông).")
			.contains("Bảng chuẩn mực đạo đức phai màu, mất chữ (02 đơn vị:")
			.contains("Chỉ còn treo 01 bảng 5S, không đủ bộ theo chỉ đạo (04 đơn vị:")
			.contains("Bản cam kết còn sao chép, chưa được chi ủy ký xác nhận (05 đơn vị:")
			.contains("Tủ sách đặt trong phòng làm việc, người dân khó tiếp cận (09 đơn vị:")
			.contains("Không có sổ theo dõi cho mượn sách (13 đơn vị:")
			.contains("(13 đơn vị)")
			.contains("Lập sổ theo dõi cho mượn sách.")
			.contains("đã khắc phục xong 0/36 hạn chế");
		String work = read(this.mvc
			.perform(get("/supervision/plans/{id}/report", plan).param("kind", "WORK_VISIT").with(user(a.officer())))
			.andExpect(status().isOk())).replaceAll("<[^>]+>", "");
		assertThat(work).contains("Tổ công tác đã làm việc với 13 đơn vị (13 cuộc)")
			.contains("Những đề xuất, kiến nghị")
			.contains("Đánh giá chung")
			.contains("nhiều nhất là");
		this.mvc
			.perform(get("/api/v1/supervision/plans/{id}/report.docx", plan)
				.with(httpBasic(a.officer(), Fixture.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void thePagesShowThePlanTheVisitAndRefuseAPhotoThatIsNotAnImage() throws Exception {
		Area a = area("Tỉnh ủy Sóc Trăng", List.of("Phú Lộc", "Châu Hưng"), false);
		long plan = plan(a);
		long visit = visit(a, plan, a.units().get(0), "2026-06-15");
		this.mvc.perform(get("/supervision").with(user(a.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết luận số 01-KL/TW ngày 18/5/2021")))
			.andExpect(content().string(containsString("id=\"plan-form\"")));
		this.mvc.perform(get("/supervision/plans/{id}", plan).with(user(a.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bảng kiểm phiên bản 1 (16 mục)")))
			.andExpect(content().string(containsString("15/06/2026")));
		this.mvc
			.perform(post("/supervision/visits/{id}/answers", visit).with(user(a.officer()))
				.with(csrf())
				.param("a_SLOGANS", "YES")
				.param("a_BOARDS_5S", "1"))
			.andExpect(flash().attribute("flash", "Đã lưu 2 trả lời."));
		MockMultipartFile text = new MockMultipartFile("photo", "anh.jpg", "image/jpeg",
				"không phải ảnh".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/supervision/visits/{id}/findings", visit).file(text)
				.with(user(a.officer()))
				.with(csrf())
				.param("kind", "SHORTCOMING")
				.param("itemCode", "BOARDS_5S")
				.param("note", "Chỉ còn 1 bảng 5S")
				.param("remedy", "Treo đủ bộ")
				.param("deadline", "30/07/2026"))
			.andExpect(flash().attribute("error", "anh.jpg: tệp không phải ảnh JPEG, PNG hoặc WebP."));
		this.mvc
			.perform(multipart("/supervision/visits/{id}/findings", visit).with(user(a.officer()))
				.with(csrf())
				.param("kind", "SHORTCOMING")
				.param("itemCode", "BOARDS_5S")
				.param("note", "Chỉ còn 1 bảng 5S")
				.param("remedy", "Treo đủ bộ")
				.param("deadline", "30/07/2026"))
			.andExpect(flash().attribute("flash", "Đã ghi phát hiện."));
		this.mvc.perform(get("/supervision/visits/{id}", visit).with(user(a.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ còn 1 bảng 5S")))
			.andExpect(content().string(containsString("Số bảng 5S đang treo")));
		// The deadline has passed: the province's home page and overdue list show it.
		this.mvc.perform(get("/").with(user(a.officer())))
			.andExpect(content().string(containsString("Giám sát: 1 yêu cầu khắc phục của cấp dưới đã quá hạn.")));
		this.mvc.perform(get("/supervision/overdue").with(user(a.officer())))
			.andExpect(content().string(containsString("Chỉ còn 1 bảng 5S")))
			.andExpect(content().string(containsString("Báo lên: Tỉnh ủy Sóc Trăng")));
		this.mvc.perform(get("/supervision/visits/{id}/brief", visit).with(user(a.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("supervision."))));
	}

	@Test
	void afterAMergerOpenFindingsPassToTheSuccessorAndTheVisitKeepsTheOldUnit() throws Exception {
		Area a = area("Tỉnh ủy Hậu Giang", List.of("Vị Thủy", "Vị Thanh"), false);
		OrgUnit old = a.units().get(0);
		OrgUnit successor = a.units().get(1);
		long plan = plan(a);
		long visit = visit(a, plan, old, "2026-06-20");
		Map<String, Object> f = finding("SHORTCOMING", "BOOKS_LOG", "Không có sổ theo dõi cho mượn sách",
				"Lập sổ theo dõi", "2026-12-31");
		call(post("/api/v1/supervision/visits/{id}/sync", visit), a.officer(), Map.of("findings", List.of(f)))
			.andExpect(status().isOk());
		this.org.merge(Scope.system(), successor.getId(), List.of(old.getId()), LocalDate.of(2026, 7, 1));
		this.mvc.perform(get("/api/v1/supervision/findings").with(httpBasic(a.officer(), Fixture.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/supervision/findings/{u}", f.get("uuid"))
				.with(httpBasic(a.officer(), Fixture.PASSWORD)))
			.andExpect(jsonPath("$.responsibleUnitId").value(successor.getId()))
			.andExpect(jsonPath("$.originalUnitId").value(old.getId()))
			.andExpect(jsonPath("$.remedyStatus").value("OPEN"));
		this.mvc.perform(get("/api/v1/supervision/visits/{id}", visit).with(httpBasic(a.officer(), Fixture.PASSWORD)))
			.andExpect(jsonPath("$.unitId").value(old.getId()));
	}

	ResultActions call(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
		return this.mvc.perform(req.with(httpBasic(user, Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsBytes(body)));
	}

	static String read(ResultActions r) throws Exception {
		return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
