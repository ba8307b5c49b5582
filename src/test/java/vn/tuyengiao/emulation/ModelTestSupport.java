package vn.tuyengiao.emulation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tuyengiao.support.Json.obj;

/**
 * What the model register's tests share: a commune with three cells, a model's JSON, API
 * calls as an officer.
 */
abstract class ModelTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgs;

	@Autowired
	ModelService models;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	record Commune(long commune, long cellA, long cellB, long cellC) {
	}

	Commune commune(String code, String name) {
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

	long group(String code) {
		return this.models.groups().stream().filter(g -> g.getCode().equals(code)).findFirst().orElseThrow().getId();
	}

	Map<String, Object> model(long unit, String title, String movement, String content, String start) {
		return obj("ownerUnitId", unit, "title", title, "groupId", group("ENVIRONMENT"), "movement", movement,
				"massOrganisation", movement.equals("MASS_ORGANISATION") ? "WOMENS_UNION" : null, "situation",
				"Đường liên ấp chưa có đèn, ban đêm đi lại khó khăn, mất an toàn", "goals",
				"100% tuyến đường liên ấp có đèn", "content", content, "area", "Tuyến đường liên ấp, 120 hộ dân",
				"participants", "Chi bộ chủ trì, Ban nhân dân ấp phối hợp", "resources",
				"Nhân dân đóng góp 30 triệu đồng, 200 ngày công", "timeline", "Quý I lắp đặt; quý II nghiệm thu",
				"outputs", "2,5 km đường có đèn", "sustainable", true, "replicable", true, "startDate", start);
	}

	static long id(ResultActions r) throws Exception {
		String body = r.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.model.id")).longValue();
	}

	ResultActions call(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(request.with(officer()).contentType(MediaType.APPLICATION_JSON).content(Json.write(body)));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
		return httpBasic("canbo.tinh.t", Fixture.PASSWORD);
	}

}
