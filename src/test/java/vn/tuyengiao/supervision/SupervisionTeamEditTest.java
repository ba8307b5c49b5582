package vn.tuyengiao.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.AppUser;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, item 1 (follow-up): an existing plan's team is changed by the issuing unit's
 * officers, leader and members picked as accounts; a stale version gives 409, the change
 * is in the audit log with its Vietnamese labels, a sibling commune gets 403 on the page
 * and the API.
 */
@IntegrationTest
class SupervisionTeamEditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Autowired
	UserService users;

	@Autowired
	SupervisionPlans plans;

	@Autowired
	AuditLog audit;

	@Autowired
	Messages messages;

	final JsonMapper json = new JsonMapper();

	@Test
	void theIssuerChangesTheTeamOfAnExistingPlan() throws Exception {
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		AppUser kieu = account("kieu.te" + n, "Lâm Thị Kiều " + n, this.fx.communeVbb());
		AppUser tam = account("tam.te" + n, "Huỳnh Minh Tâm " + n, this.fx.communeVbb());
		AppUser hung = account("hung.te" + n, "Đặng Văn Hùng " + n, this.fx.communePd());
		Plan plan = this.plans.create(Scope.system(),
				new SupervisionPlans.NewPlan(this.fx.communeVbb(), PlanKind.THEMATIC, "Kế hoạch số 15-KH/ĐU",
						"Giám sát sinh hoạt chuyên đề (" + n + ")", java.time.LocalDate.of(2026, 3, 1),
						java.time.LocalDate.of(2026, 6, 30), List.of(this.fx.cellVl1()), List.of(), null,
						List.of(kieu.getId()), kieu.getId()));

		// The plan page offers the form with the team as it is.
		this.mvc.perform(get("/supervision/plans/{id}", plan.id()).with(user("canbo.vbb")))
			.andExpect(content().string(containsString("id=\"team-form\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + plan.version() + "\"")));

		// API: Tâm becomes leader, Kiều stays a member.
		String r = read(change("canbo.vbb", plan.id(), List.of(kieu.getId()), tam.getId(), plan.version())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.team[0].fullName").value("Huỳnh Minh Tâm " + n))
			.andExpect(jsonPath("$.team[0].leader").value(true))
			.andExpect(jsonPath("$.team[1].fullName").value("Lâm Thị Kiều " + n))
			.andExpect(jsonPath("$.team[1].leader").value(false)));
		long v1 = ((Number) com.jayway.jsonpath.JsonPath.read(r, "$.version")).longValue();
		assertThat(v1).isEqualTo(plan.version() + 1);

		// The same change again from the old version: 409, nothing changed.
		change("canbo.vbb", plan.id(), List.of(), kieu.getId(), plan.version()).andExpect(status().isConflict());
		assertThat(this.plans.plan(Scope.system(), plan.id()).leader()).isEqualTo("tam.te" + n);

		// An account of the sibling commune is refused in Vietnamese; a missing version
		// too.
		change("canbo.vbb", plan.id(), List.of(hung.getId()), tam.getId(), v1).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("ngoài phạm vi quản lý")));
		change("canbo.vbb", plan.id(), List.of(), tam.getId(), null).andExpect(status().isBadRequest());

		// A sibling commune's officer and viewer: 403 by the API and the page.
		change(hung.getUsername(), plan.id(), List.of(), hung.getId(), v1).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/supervision/plans/{id}/team", plan.id()).with(user(hung.getUsername()))
				.with(csrf())
				.param("leaderId", String.valueOf(hung.getId()))
				.param("version", String.valueOf(v1)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/plans/{id}", plan.id()).with(user("xem.pd")))
			.andExpect(status().isForbidden());

		// The page form: Kiều back as leader, Tâm dropped.
		this.mvc
			.perform(post("/supervision/plans/{id}/team", plan.id()).with(user("canbo.vbb"))
				.with(csrf())
				.param("leaderId", String.valueOf(kieu.getId()))
				.param("version", String.valueOf(v1)))
			.andExpect(flash().attribute("flash", "Đã lưu Tổ giám sát mới."));
		Plan after = this.plans.plan(Scope.system(), plan.id());
		assertThat(after.team()).extracting(Plan.TeamMember::fullName).containsExactly("Lâm Thị Kiều " + n);
		assertThat(after.leader()).isEqualTo("kieu.te" + n);
		// A stale page form says so on the page.
		this.mvc
			.perform(post("/supervision/plans/{id}/team", plan.id()).with(user("canbo.vbb"))
				.with(csrf())
				.param("leaderId", String.valueOf(tam.getId()))
				.param("version", String.valueOf(v1)))
			.andExpect(flash().attributeExists("error"));

		// The audit log: two changes, shown as "Đổi Tổ giám sát" on "Kế hoạch giám sát".
		List<AuditLog.Entry> log = this.audit
			.page(Scope.system(), new AuditLog.Query("canbo.vbb", List.of("SUPERVISION_PLAN"), null, null, null), null,
					0, 50)
			.rows()
			.stream()
			.filter(e -> e.entityId() != null && e.entityId() == plan.id() && e.action().equals("TEAM"))
			.toList();
		assertThat(log).hasSize(2);
		assertThat(log.get(1).details()).contains("Lâm Thị Kiều " + n + " (kieu.te" + n + ", tổ trưởng)")
			.contains("→ Huỳnh Minh Tâm " + n + " (tam.te" + n + ", tổ trưởng)");
		assertThat(this.messages.get("audit.action.TEAM")).isEqualTo("Đổi Tổ giám sát");
		assertThat(this.messages.get("audit.kind.SUPERVISION_PLAN")).isEqualTo("Kế hoạch giám sát");
	}

	AppUser account(String login, String name, long unit) {
		return this.users.create(Scope.system(),
				new UserService.NewUser(login, name, Role.OFFICER, unit, Fixture.PASSWORD, false));
	}

	ResultActions change(String user, long plan, List<Long> team, Long leader, Long version) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("teamUserIds", team);
		body.put("leaderUserId", leader);
		body.put("version", version);
		return this.mvc.perform(put("/api/v1/supervision/plans/{id}/team", plan).with(httpBasic(user, Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsBytes(body)));
	}

	static String read(ResultActions r) throws Exception {
		return r.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
