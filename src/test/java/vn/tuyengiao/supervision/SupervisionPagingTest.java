package vn.tuyengiao.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervision lists are paged like every list (50 rows, "Trang sau" keeps the page's
 * query): a province with 53 plans and a plan with 52 visits.
 */
@IntegrationTest
class SupervisionPagingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgs;

	@Autowired
	UserService users;

	@Autowired
	SupervisionPlans plans;

	@Test
	void plansAndVisitsArePagedByFifty() throws Exception {
		Scope system = Scope.system();
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		LocalDate from = LocalDate.of(2015, 1, 1);
		OrgUnit province = this.orgs.create(system,
				new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE, "Tỉnh ủy Bạc Liêu " + n, "BL" + n, "TU", from));
		OrgUnit commune = this.orgs.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Trạch", "BL" + n + ".VT", "ĐU", from));
		String officer = "bl" + n;
		this.users.create(system, new UserService.NewUser(officer, "Lý Văn Bảy", Role.OFFICER, province.getId(),
				Fixture.PASSWORD, false));
		long first = 0;
		for (int i = 1; i <= 53; i++) {
			Plan p = this.plans.create(system,
					new SupervisionPlans.NewPlan(province.getId(), PlanKind.REGULAR, "Kế hoạch số " + i + "-KH/TU",
							"Giám sát thường xuyên đợt " + i, LocalDate.of(2026, 1, 1).plusDays(i),
							LocalDate.of(2026, 12, 31), List.of(commune.getId()), List.of(officer), null));
			if (i == 1) {
				first = p.id();
			}
		}
		// Newest period first: page 1 ends with round 4, page 2 holds rounds 3, 2, 1.
		this.mvc.perform(get("/supervision").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giám sát thường xuyên đợt 53<")))
			.andExpect(content().string(not(containsString("Giám sát thường xuyên đợt 3<"))))
			.andExpect(content().string(containsString("page=1")));
		this.mvc.perform(get("/supervision").param("page", "1").with(user(officer)))
			.andExpect(content().string(containsString("Giám sát thường xuyên đợt 1<")))
			.andExpect(content().string(not(containsString("Giám sát thường xuyên đợt 53<"))));

		for (int d = 0; d < 52; d++) {
			this.plans.addVisit(system, first, commune.getId(), LocalDate.of(2026, 3, 1).plusDays(d), List.of());
		}
		this.mvc.perform(get("/supervision/plans/{id}", first).with(user(officer)))
			.andExpect(content().string(containsString("01/03/2026")))
			.andExpect(content().string(not(containsString("21/04/2026"))))
			.andExpect(content().string(containsString("page=1")));
		this.mvc.perform(get("/supervision/plans/{id}", first).param("page", "1").with(user(officer)))
			.andExpect(content().string(containsString("21/04/2026")))
			.andExpect(content().string(not(containsString(">01/03/2026<"))));
	}

}
