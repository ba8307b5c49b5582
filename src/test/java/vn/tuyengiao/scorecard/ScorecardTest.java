package vn.tuyengiao.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.MeetingDayCounts;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * Issue 15 item 7: the scorecard of a unit's children × indicators with traffic lights,
 * on today's tree and on the tree before the 1 July 2025 mergers; totals are the sums of
 * the rows; thresholds set per scope; the drill-down, the brief, bad parameters and a
 * sibling commune's officer refused (page and API).
 */
@IntegrationTest
class ScorecardTest {

	@Autowired
	OrgService orgService;

	@Autowired
	OrgUnits units;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	Scorecards scorecards;

	@Autowired
	ScorecardThresholds thresholds;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingDayCounts dayCounts;

	@Autowired
	MockMvc mvc;

	ScorecardWorld w;

	Scope province;

	@BeforeEach
	void world() {
		this.w = ScorecardWorld.build(this.orgService, this.units, this.members, this.users);
		this.w.records(this.jdbc, this.units);
		this.dayCounts.refreshCells(this.w.cells());
		this.province = this.users.scopeOf(this.w.provinceOfficer());
	}

	private Scorecard card(long unit, LocalDate from, LocalDate to, LocalDate asOf) {
		return this.scorecards.scorecard(this.province, new Scorecards.Request(unit, from, to, asOf));
	}

	@Test
	void todaysTreeShowsTheNewCommunesWithFiguresLightsAndTotalsThatAreTheSumsOfTheRows() {
		Scorecard c = card(this.w.province(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), null);
		assertThat(c.historical()).isFalse();
		assertThat(c.columns()).extracting(Scorecard.Column::key)
			.containsExactly("study", "commitments", "models", "meetings", "press", "reports", "remedies");
		assertThat(c.rows()).extracting(Scorecard.Row::label)
			.containsExactly("Đảng ủy xã Giồng Trôm", "Đảng ủy xã Phước Long");
		Scorecard.Row giongTrom = c.rows().get(0);
		Scorecard.Row phuocLong = c.rows().get(1);
		// 5 of the 6 active members of the merged commune attended (the away member is
		// not expected).
		assertThat(giongTrom.cell("study").text()).isEqualTo("5/6 (83,33%)");
		assertThat(giongTrom.cell("study").light()).isEqualTo(Scorecard.Light.AMBER);
		assertThat(phuocLong.cell("study").text()).isEqualTo("1/2 (50,00%)");
		assertThat(phuocLong.cell("study").light()).isEqualTo(Scorecard.Light.RED);
		assertThat(c.total().cell("study").text()).isEqualTo("6/8 (75,00%)");
		// Commune committee and three cells must have a model; ấp Mỹ Hòa has one.
		assertThat(giongTrom.cell("models").text()).isEqualTo("1/4 (25,00%)");
		assertThat(phuocLong.cell("models").text()).isEqualTo("0/2 (0,00%)");
		assertThat(giongTrom.cell("meetings").text()).isEqualTo("1/2 (50,00%)");
		assertThat(phuocLong.cell("meetings").text()).isEqualTo("1/1 (100,00%)");
		assertThat(phuocLong.cell("meetings").light()).isEqualTo(Scorecard.Light.GREEN);
		assertThat(giongTrom.cell("reports").light()).isEqualTo(Scorecard.Light.NONE);
		assertThat(giongTrom.cell("reports").text()).isEqualTo("Chưa có số liệu");
		assertThat(giongTrom.cell("remedies").text()).isEqualTo("0");
		assertThat(giongTrom.cell("remedies").light()).isEqualTo(Scorecard.Light.GREEN);
		assertThat(c.columns().get(0).thresholdText()).isEqualTo("Xanh ≥ 90%, vàng 70–90%, đỏ < 70%");
		for (int i = 0; i < c.columns().size(); i++) {
			int col = i;
			Indicator.Value sum = c.rows()
				.stream()
				.map(r -> r.cells().get(col).value())
				.reduce(Indicator.Value.ZERO, Indicator.Value::plus);
			assertThat(c.total().cells().get(col).value()).as(c.columns().get(col).key()).isEqualTo(sum);
		}
		assertThat(c.lagging("study")).extracting(Scorecard.Row::unitId).containsExactly(this.w.phuocLong());
	}

	@Test
	void beforeTheMergerTheDistrictShowsItsOldCommunesWithTheirCellsRecords() {
		Scorecard c = card(this.w.district(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), null);
		assertThat(c.historical()).isTrue();
		assertThat(c.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(c.rows()).extracting(Scorecard.Row::unitId).containsExactly(this.w.luongQuoi(), this.w.myThanh());
		assertThat(c.rows().get(1).cell("meetings").text()).isEqualTo("2/2 (100,00%)");
		assertThat(c.rows().get(0).cell("meetings").text()).isEqualTo("0/1 (0,00%)");
		assertThat(c.rows().get(0).cell("meetings").light()).isEqualTo(Scorecard.Light.RED);
		assertThat(c.total().cell("meetings").text()).isEqualTo("2/3 (66,67%)");
		// The province before the merger: one row, the district, with the same records.
		Scorecard p = card(this.w.province(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), null);
		assertThat(p.rows()).extracting(Scorecard.Row::unitId).containsExactly(this.w.district());
		assertThat(p.total().cell("meetings").text()).isEqualTo("2/3 (66,67%)");
		// The same period drawn on today's tree puts them under the new commune.
		Scorecard today = card(this.w.province(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
				LocalDate.of(2026, 11, 30));
		assertThat(today.historical()).isFalse();
		assertThat(today.rows().get(0).unitId()).isEqualTo(this.w.giongTrom());
		assertThat(today.rows().get(0).cell("meetings").text()).isEqualTo("2/3 (66,67%)");
	}

	@Test
	void thresholdsSetForTheProvinceApplyBelowItAndConcurrentEditsAreRefused() {
		this.thresholds.set(this.province, this.w.province(), "study", new BigDecimal("80"), new BigDecimal("50"), -1);
		Scorecard c = card(this.w.province(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), null);
		assertThat(c.columns().get(0).thresholdText()).isEqualTo("Xanh ≥ 80%, vàng 50–80%, đỏ < 50%");
		assertThat(c.rows().get(0).cell("study").light()).isEqualTo(Scorecard.Light.GREEN);
		assertThat(c.rows().get(1).cell("study").light()).isEqualTo(Scorecard.Light.AMBER);
		// Phước Long's scorecard inherits the province's setting.
		ScorecardThresholds.Line line = this.thresholds.lines(this.province, this.w.phuocLong()).get(0);
		assertThat(line.inherited()).isTrue();
		assertThat(line.text()).isEqualTo("Xanh ≥ 80%, vàng 50–80%, đỏ < 50%");
		// Someone else saved meanwhile: the form's version 0 is stale after one save.
		this.thresholds.set(this.province, this.w.province(), "study", new BigDecimal("85"), new BigDecimal("50"), 0);
		assertThatThrownBy(() -> this.thresholds.set(this.province, this.w.province(), "study", new BigDecimal("70"),
				new BigDecimal("40"), 0))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(409));
		assertThatThrownBy(() -> this.thresholds.set(this.province, this.w.province(), "study", new BigDecimal("60"),
				new BigDecimal("70"), 1))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.getMessage()).isNotNull());
		assertThatThrownBy(() -> this.thresholds.set(this.users.scopeOf(this.w.phuocLongOfficer()), this.w.province(),
				"study", new BigDecimal("60"), new BigDecimal("50"), 1))
			.isInstanceOfSatisfying(AppException.class, e -> assertThat(e.status()).isEqualTo(403));
	}

	@Test
	void thePageShowsLightsAsTextLinksEveryCellAndTheDrillDownListsTheUnitsAndRecords() throws Exception {
		String from = "01/01/2026";
		this.mvc
			.perform(get("/scorecard").param("unit", String.valueOf(this.w.province()))
				.param("from", from)
				.param("to", "30/11/2026")
				.with(user(this.w.provinceOfficer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xanh ≥ 90%, vàng 70–90%, đỏ &lt; 70%")))
			.andExpect(content().string(containsString("5/6 (83,33%)")))
			.andExpect(content().string(containsString("✗ Chưa đạt")))
			.andExpect(content().string(containsString("/scorecard/cell?unit=" + this.w.giongTrom())))
			.andExpect(content().string(containsString("6/8 (75,00%)")))
			.andExpect(content().string(not(containsString("null"))));
		this.mvc
			.perform(get("/scorecard/cell").param("unit", String.valueOf(this.w.giongTrom()))
				.param("indicator", "study")
				.param("from", "2026-01-01")
				.param("to", "2026-11-30")
				.with(user(this.w.provinceOfficer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ ấp Mỹ Hòa")))
			.andExpect(content().string(containsString("3/3 (100,00%)")))
			.andExpect(content().string(containsString("/missing?unit=" + this.w.giongTrom())));
		this.mvc
			.perform(get("/scorecard/brief.docx").param("unit", String.valueOf(this.w.province()))
				.with(user(this.w.provinceOfficer())))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@Test
	void badParametersGetAVietnameseMessageAndASiblingCommuneIsRefusedOnPageApiAndBrief() throws Exception {
		this.mvc
			.perform(get("/scorecard").param("unit", String.valueOf(this.w.province()))
				.param("from", "01/06/2026")
				.param("to", "01/01/2026")
				.with(user(this.w.provinceOfficer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ngày kết thúc 01/01/2026 trước ngày bắt đầu 01/06/2026")));
		this.mvc
			.perform(get("/api/v1/scorecard").param("unit", String.valueOf(this.w.province()))
				.param("from", "2026-06-01")
				.param("to", "2026-01-01")
				.with(httpBasic(this.w.provinceOfficer(), Fixture.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ngày kết thúc 01/01/2026 trước ngày bắt đầu 01/06/2026")));
		this.mvc.perform(get("/scorecard").param("from", "31/02/2026").with(user(this.w.provinceOfficer())))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/api/v1/scorecard/cell").param("unit", String.valueOf(this.w.province()))
				.param("indicator", "khong-co")
				.with(httpBasic(this.w.provinceOfficer(), Fixture.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Không có chỉ tiêu")));
		this.mvc
			.perform(get("/api/v1/scorecard").param("unit", String.valueOf(this.w.province()))
				.param("from", "2026-01-01")
				.param("to", "2026-11-30")
				.with(httpBasic(this.w.provinceOfficer(), Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].label").value("Đảng ủy xã Giồng Trôm"))
			.andExpect(jsonPath("$.rows[0].cells[0].text").value("5/6 (83,33%)"))
			.andExpect(jsonPath("$.total.cells[0].text").value("6/8 (75,00%)"));

		String sibling = this.w.phuocLongOfficer();
		for (String url : List.of("/scorecard", "/scorecard/cell", "/scorecard/brief.pdf", "/scorecard/thresholds")) {
			this.mvc
				.perform(get(url).param("unit", String.valueOf(this.w.giongTrom()))
					.param("indicator", "study")
					.with(user(sibling)))
				.andExpect(status().isForbidden());
		}
		for (String url : List.of("/api/v1/scorecard", "/api/v1/scorecard/cell", "/api/v1/scorecard/brief.docx")) {
			this.mvc
				.perform(get(url).param("unit", String.valueOf(this.w.giongTrom()))
					.param("indicator", "study")
					.with(httpBasic(sibling, Fixture.PASSWORD)))
				.andExpect(status().isForbidden());
		}
		// Her own commune is fine.
		this.mvc.perform(get("/api/v1/scorecard").with(httpBasic(sibling, Fixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].label").value("Chi bộ ấp Phước Hậu"));
	}

}
