package vn.tuyengiao.supervision;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.AppUser;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, item 1: the team and a visit's members are picked as accounts of the
 * officer's scope, stored by id with the name shown; an account of a sibling commune, an
 * unknown id, or a member not on the team is refused in Vietnamese and nothing is saved.
 */
@IntegrationTest
class SupervisionTeamTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Autowired
	UserService users;

	@Autowired
	SupervisionPlans plans;

	final JsonMapper json = new JsonMapper();

	@Test
	void theTeamIsPickedFromAccountsOfTheUsersScopeAndStoredById() throws Exception {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		AppUser kieu = this.users.create(Scope.system(), new UserService.NewUser("kieu." + n, "Lâm Thị Kiều " + n,
				Role.OFFICER, this.fx.communeVbb(), Fixture.PASSWORD, false));
		AppUser hung = this.users.create(Scope.system(), new UserService.NewUser("hung." + n, "Đặng Văn Hùng " + n,
				Role.OFFICER, this.fx.communePd(), Fixture.PASSWORD, false));

		// The picker finds Kiều without diacritics for the commune's officer, not Hùng of
		// the
		// sibling commune; the province officer finds both.
		this.mvc.perform(get("/users/pick").param("q", "lam thi kieu " + n).with(user("canbo.vbb")))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(kieu.getId()))
			.andExpect(jsonPath("$[0].label").value("Lâm Thị Kiều " + n));
		this.mvc.perform(get("/users/pick").param("q", "dang van hung " + n).with(user("canbo.vbb")))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/users/pick").param("q", n).with(user("canbo.tinh.t")))
			.andExpect(jsonPath("$", hasSize(2)));

		// A sibling commune's account is refused, by id and by login.
		call("canbo.vbb", planBody(n, List.of(kieu.getId(), hung.getId()), kieu.getId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Đặng Văn Hùng " + n + " (hung." + n
					+ ") thuộc đơn vị ngoài phạm vi quản lý của đồng chí, không thể vào Tổ giám sát."));
		Map<String, Object> byLogin = planBody(n, List.of(), null);
		byLogin.put("team", List.of("hung." + n));
		call("canbo.vbb", byLogin).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("ngoài phạm vi quản lý")));
		call("canbo.vbb", planBody(n, List.of(kieu.getId(), 987654321L), null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Không tìm thấy tài khoản số 987654321; chọn thành viên Tổ giám sát trong danh sách."));
		Map<String, Object> unknownLogin = planBody(n, List.of(), null);
		unknownLogin.put("team", List.of("khong.co." + n));
		call("canbo.vbb", unknownLogin).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value("Không có tài khoản \"khong.co." + n + "\"; chọn thành viên Tổ giám sát trong danh sách."));
		assertThat(this.plans.plans(Scope.system()).stream().filter(p -> p.subject().contains(n))).isEmpty();

		// The commune's own accounts: stored by id with the name, the leader first.
		String r = read(call("canbo.vbb", planBody(n, List.of(kieu.getId()), null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.team", hasSize(1)))
			.andExpect(jsonPath("$.team[0].userId").value(kieu.getId()))
			.andExpect(jsonPath("$.team[0].fullName").value("Lâm Thị Kiều " + n))
			.andExpect(jsonPath("$.team[0].leader").value(true)));
		long plan = ((Number) JsonPath.read(r, "$.id")).longValue();

		// A visit's members come from the team: anyone else refused, the team member
		// kept.
		Map<String, Object> visit = new HashMap<>();
		visit.put("unitId", this.fx.cellVl1());
		visit.put("visitDate", "2026-05-12");
		visit.put("memberIds", List.of(hung.getId()));
		this.mvc
			.perform(post("/api/v1/supervision/plans/{id}/visits", plan).with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsBytes(visit)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Tài khoản số " + hung.getId()
					+ " không phải thành viên Tổ giám sát của kế hoạch; chọn thành viên trong danh sách của tổ."));
		visit.put("memberIds", List.of(kieu.getId()));
		this.mvc
			.perform(post("/api/v1/supervision/plans/{id}/visits", plan).with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsBytes(visit)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.members[0]").value("kieu." + n));

		// The visit form's picker lists the team; a sibling commune may not ask.
		this.mvc.perform(get("/supervision/plans/{id}/team/pick", plan).param("q", "kieu").with(user("canbo.vbb")))
			.andExpect(jsonPath("$[0].id").value(kieu.getId()));
		this.mvc.perform(get("/supervision/plans/{id}/team/pick", plan).param("q", "kieu").with(user("xem.pd")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/plans/{id}", plan).with(user("canbo.vbb")))
			.andExpect(content().string(containsString("Lâm Thị Kiều " + n)));
	}

	@Test
	void thePlanFormSubmitsPickedIdsAndShowsTheRefusal() throws Exception {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		AppUser hung = this.users.create(Scope.system(), new UserService.NewUser("hungpd." + n, "Đặng Văn Hùng " + n,
				Role.OFFICER, this.fx.communePd(), Fixture.PASSWORD, false));
		AppUser kieu = this.users.create(Scope.system(), new UserService.NewUser("kieuvbb." + n, "Lâm Thị Kiều " + n,
				Role.OFFICER, this.fx.communeVbb(), Fixture.PASSWORD, false));
		this.mvc
			.perform(form(n).param("leaderId", String.valueOf(kieu.getId()))
				.param("teamIds", String.valueOf(hung.getId())))
			.andExpect(flash().attribute("error", containsString("Đặng Văn Hùng " + n + " (hungpd." + n + ")")));
		this.mvc.perform(form(n).param("leaderId", String.valueOf(kieu.getId())))
			.andExpect(redirectedUrlPattern("/supervision/plans/*"));
		this.mvc.perform(get("/supervision").with(user("canbo.vbb")))
			.andExpect(content().string(containsString("id=\"leader-picker\"")))
			.andExpect(content().string(containsString("data-source=\"/users/pick\"")));
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(String n) {
		return post("/supervision/plans").with(user("canbo.vbb"))
			.with(csrf())
			.param("unitId", String.valueOf(this.fx.communeVbb()))
			.param("kind", "THEMATIC")
			.param("subject", "Giám sát sinh hoạt chi bộ " + n)
			.param("periodFrom", "2026-03-01")
			.param("periodTo", "2026-06-30")
			.param("units", String.valueOf(this.fx.cellVl1()));
	}

	Map<String, Object> planBody(String n, List<Long> team, Long leader) {
		Map<String, Object> body = new HashMap<>();
		body.put("unitId", this.fx.communeVbb());
		body.put("kind", "THEMATIC");
		body.put("basis", "Kế hoạch số 15-KH/ĐU ngày 02/3/2026 của Đảng ủy xã Vĩnh Bình Bắc");
		body.put("subject", "Giám sát việc treo bảng chuẩn mực đạo đức ở chi bộ ấp (" + n + ")");
		body.put("periodFrom", "2026-03-01");
		body.put("periodTo", "2026-06-30");
		body.put("unitIds", List.of(this.fx.cellVl1()));
		body.put("teamUserIds", team);
		if (leader != null) {
			body.put("leaderUserId", leader);
		}
		return body;
	}

	ResultActions call(String user, Object body) throws Exception {
		return this.mvc.perform(post("/api/v1/supervision/plans").with(httpBasic(user, Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsBytes(body)));
	}

	static String read(ResultActions r) throws Exception {
		return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
