package vn.tuyengiao.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.support.Json;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the recommendation tests share: API calls as a named user, units of their own. */
abstract class RecommendationTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgs;

	@Autowired
	Fixture.Data fx;

	/** A commune of the fixture province with a school cell, under codes of its own. */
	record Commune(long commune, long school) {
	}

	Commune commune(String code, String name, String school) {
		Scope system = Scope.system();
		LocalDate from = LocalDate.of(2015, 1, 1);
		long c = this.orgs
			.create(system,
					new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã " + name, code, "ĐU",
							from))
			.getId();
		long s = this.orgs.create(system, new NewUnit(c, OrgUnitKind.CELL, school, code + ".TH", "CB", from)).getId();
		return new Commune(c, s);
	}

	ResultActions call(String username, MockHttpServletRequestBuilder request, Map<String, Object> body)
			throws Exception {
		return this.mvc.perform(request.with(httpBasic(username, Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.write(body)));
	}

	static String body(ResultActions r) throws Exception {
		return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static long created(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(body(r.andExpect(status().isCreated())), "$.id")).longValue();
	}

	static long version(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(body(r), "$.version")).longValue();
	}

}
