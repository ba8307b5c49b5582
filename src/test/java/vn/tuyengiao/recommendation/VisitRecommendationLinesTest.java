package vn.tuyengiao.recommendation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.supervision.RecommendationLines;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/**
 * Seed 000: the work-visit results report of a plan lists, under "Những đề xuất, kiến
 * nghị", the recommendations raised in the plan's visits by unit; one raised in a cell
 * meeting is not listed.
 */
@IntegrationTest
class VisitRecommendationLinesTest extends RecommendationTestSupport {

	@Autowired
	UserService users;

	@Autowired
	RecommendationLines lines;

	@Test
	void theSeed000WorkVisitReportCarriesTheRecommendationsByUnit() throws Exception {
		Scope system = Scope.system();
		String code = "VR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		OrgUnit root = this.orgs.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE, "Huyện ủy Trà Ôn",
				code, "HU", LocalDate.of(2015, 1, 1)));
		OrgUnit vbb = this.orgs.create(system, new NewUnit(root.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Bình Bắc", code + ".VBB", "ĐU", LocalDate.of(2015, 1, 1)));
		OrgUnit hc = this.orgs.create(system, new NewUnit(root.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Hòa Bình", code + ".HB", "ĐU", LocalDate.of(2015, 1, 1)));
		String officer = "canbo." + code.toLowerCase();
		this.users.create(system, new UserService.NewUser(officer, "Nguyễn Văn Tâm", Role.OFFICER, root.getId(),
				Fixture.PASSWORD, false));
		Map<String, Object> plan = new HashMap<>();
		plan.put("unitId", root.getId());
		plan.put("kind", "THEMATIC");
		plan.put("subject", "việc học tập, quán triệt nghị quyết ở cơ sở");
		plan.put("periodFrom", "2026-06-01");
		plan.put("periodTo", "2026-09-30");
		plan.put("unitIds", List.of(vbb.getId(), hc.getId()));
		plan.put("team", List.of(officer));
		long planId = id(body(call(officer, post("/api/v1/supervision/plans"), plan).andExpect(status().isCreated())));
		long v1 = id(body(call(officer, post("/api/v1/supervision/plans/{id}/visits", planId),
				obj("unitId", vbb.getId(), "visitDate", "2026-06-10"))
			.andExpect(status().isCreated())));
		long v2 = id(body(call(officer, post("/api/v1/supervision/plans/{id}/visits", planId),
				obj("unitId", hc.getId(), "visitDate", "2026-06-12"))
			.andExpect(status().isCreated())));
		this.mvc.perform(get("/supervision/visits/{id}", v1).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"/recommendations/new?sourceKind=VISIT&amp;sourceRef=" + v1 + "&amp;unitId=" + vbb.getId())));
		raise(officer, vbb.getId(), root.getId(), "VISIT", v1,
				"Đề nghị Ban Tuyên giáo cung cấp đủ tài liệu học tập nghị quyết cho đảng viên");
		raise(officer, hc.getId(), root.getId(), "VISIT", v2, "Đề nghị mở lớp bồi dưỡng báo cáo viên cấp xã");
		raise(officer, hc.getId(), root.getId(), "CELL_MEETING", null, "Đề nghị sửa chữa nhà văn hóa ấp");

		List<String> got = this.lines.forPlan(system, planId);
		assertThat(got).hasSize(2);
		assertThat(got).anySatisfy(l -> assertThat(l).startsWith("Đảng ủy xã Vĩnh Bình Bắc kiến nghị:")
			.contains("cung cấp đủ tài liệu học tập nghị quyết"));
		assertThat(got).anySatisfy(
				l -> assertThat(l).startsWith("Đảng ủy xã Hòa Bình kiến nghị:").contains("báo cáo viên cấp xã"));
		assertThat(String.join(" ", got)).doesNotContain("nhà văn hóa");

		this.mvc.perform(get("/supervision/plans/{id}/report", planId).param("kind", "WORK_VISIT").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng ủy xã Vĩnh Bình Bắc kiến nghị:")))
			.andExpect(content().string(containsString("mở lớp bồi dưỡng báo cáo viên cấp xã")))
			.andExpect(content().string(not(containsString("chưa ghi nhận kiến nghị"))))
			.andExpect(content().string(not(containsString("nhà văn hóa ấp"))));
	}

	private void raise(String officer, long unit, long addressee, String kind, Long ref, String text) throws Exception {
		Map<String, Object> r = new HashMap<>(
				obj("raisedUnitId", unit, "sourceKind", kind, "raisedOn", "2026-06-12", "field", "DOCUMENTS", "subject",
						text, "body", text, "addresseeUnitId", addressee, "dueOn", "2026-07-12"));
		if (ref != null) {
			r.put("sourceRef", ref);
		}
		created(call(officer, post("/api/v1/recommendations"), r));
	}

	private static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}
