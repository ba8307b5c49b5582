package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Pages and API keep to the tree: a commune sees what it owes, the district what was
 * submitted to it; a sibling commune's officer gets 404 or 403 and no data, on the pages
 * and over REST alike. The API is in the OpenAPI document.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService org;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	IncomingRegister incoming;

	@Autowired
	ReportingCycle cycle;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	GiongTrom gt;

	Incoming cv;

	long request;

	Obligation myThanh;

	long mtReport;

	@BeforeAll
	void district() {
		this.gt = GiongTrom.build("SC", this.fx.province(), this.org, this.register, this.users);
		this.cv = this.gt.registerRequest(this.incoming, LocalDate.now(this.clock).plusDays(10));
		this.request = this.incoming.requests(this.gt.district0(), this.cv.id()).get(0).id();
		this.myThanh = this.cycle.inbox(this.gt.myThanh(), this.gt.myThanhUnit().getId()).get(0);
		this.mtReport = GiongTrom.writeAndIssue(this.consolidation, this.drafts, this.gt.myThanh(), this.myThanh.id(),
				Seed004ReportingCycleTest.MY_THANH);
	}

	@Test
	void theCommuneAndTheDistrictSeeTheirPages() throws Exception {
		String inbox = this.mvc.perform(get("/reporting").with(user("mt.sc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inbox).contains("sơ kết 01 năm thực hiện Chỉ thị số 05-CT/TW")
			.contains("Huyện ủy Giồng Trôm SC")
			.contains("01-BC/ĐU");
		String page = this.mvc.perform(get("/reporting/requests/{id}", this.request).with(user("gt.sc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("0/13 (0,00%)").contains("Đảng ủy xã Mỹ Thạnh");
		this.mvc.perform(get("/incoming").with(user("gt.sc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("124-CV/BTGHU")));
		this.mvc.perform(get("/incoming/{id}", this.cv.id()).with(user("gt.sc"))).andExpect(status().isOk());
		this.mvc.perform(get("/reporting/obligations/{id}", this.myThanh.id()).with(user("mt.sc")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/reporting/inbox").with(user("mt.sc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("DUE"));
		this.mvc.perform(get("/api/v1/reporting/requests/{id}", this.request).with(user("gt.sc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.expected").value(13));
		this.mvc.perform(get("/v3/api-docs").with(user("gt.sc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/reporting/obligations/{id}/submit")));
	}

	@Test
	void aSiblingCommuneIsRefusedOnPagesAndApi() throws Exception {
		String lh = "lh.sc";
		long o = this.myThanh.id();
		this.mvc.perform(get("/reporting/obligations/{id}", o).with(user(lh))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reporting").param("unit", this.gt.myThanhUnit().getId().toString()).with(user(lh)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reporting/requests/{id}", this.request).with(user(lh))).andExpect(status().isNotFound());
		this.mvc.perform(get("/incoming/{id}", this.cv.id()).with(user(lh))).andExpect(status().isNotFound());
		this.mvc.perform(get("/incoming").param("unit", this.gt.district().getId().toString()).with(user(lh)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reporting/obligations/{id}/submit", o).param("draft", Long.toString(this.mtReport))
				.with(user(lh))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// The request page's one decision form, posted by the sibling for Mỹ Thạnh's
		// line.
		for (String button : new String[] { "accept", "return", "remind" }) {
			this.mvc
				.perform(post("/reporting/requests/{id}/decide", this.request).param(button, o + ":0")
					.param("comment-" + o, "Trả lại thử")
					.with(user(lh))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/api/v1/reporting/obligations/{id}", o).with(user(lh))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/reporting/obligations/{id}/history", o).with(user(lh)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/reporting/requests/{id}", this.request).with(user(lh)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/reporting/inbox").param("unit", this.gt.myThanhUnit().getId().toString())
				.with(user(lh)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reporting/incoming/{id}", this.cv.id()).with(user(lh)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/reporting/obligations/{id}/submit", o).contentType(MediaType.APPLICATION_JSON)
				.content("{\"draftId\":" + this.mtReport + "}")
				.with(user(lh))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// The commune that owes the report may not accept it: only the district that
		// asked.
		this.mvc
			.perform(post("/api/v1/reporting/obligations/{id}/accept", o).contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(user("mt.sc"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/reporting/requests/{id}/consolidated", this.request)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(user("mt.sc"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.cycle.obligation(this.gt.myThanh(), o).status()).isEqualTo(ObligationStatus.DUE);
	}

	@Test
	void submittingOverTheApiToAUnitThatDidNotAskIsRefusedInVietnamese() throws Exception {
		this.mvc
			.perform(post("/api/v1/reporting/submissions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"receivingUnitId\":" + this.fx.province() + ",\"draftId\":" + this.mtReport + "}")
				.with(user("mt.sc"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("không yêu cầu Đảng ủy xã Mỹ Thạnh")));
	}

}
