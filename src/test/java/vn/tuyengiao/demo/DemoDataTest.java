package vn.tuyengiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.study.StudyAttendance;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyRollup;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.study.StudySession;
import vn.tuyengiao.support.TestDatabase;
import vn.tuyengiao.user.UserService;

/**
 * Issue 12, defect 2: the evaluation-mode demo, loaded as on a first start (its own H2
 * database), shows every module with realistic data — the 2025 province merger in the
 * province's name, a running thematic study with district- and commune-level classes,
 * attendance at realistic rates with one commune lagging, graded essays — and defect 1's
 * data cause is gone: every member's status history starts when they joined, so "Chọn tất
 * cả" then "Lưu điểm danh" goes through in every cell.
 */
@SpringBootTest(properties = { "tuyengiao.demo-data=true", "spring.main.banner-mode=off",
		TestDatabase.DB_NAME_PROPERTY + "=demo" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("db")
class DemoDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgUnits org;

	@Autowired
	StudyService study;

	@Autowired
	StudyRollup rollup;

	@Autowired
	StudyAttendance attendance;

	@Autowired
	UserService users;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void onlyOnH2() {
		// The demo loads in evaluation mode only, which is H2.
		Assumptions.assumeFalse(TestDatabase.postgres(), "the demo data loads on H2 only");
	}

	@Test
	void everyMembersStatusHistoryStartsWhenTheyJoined() {
		Long members = this.jdbc.queryForObject("select count(*) from member", Long.class);
		assertThat(members).isGreaterThan(3000);
		Long late = this.jdbc.queryForObject("""
				select count(*) from member m where not exists (
				    select 1 from member_status_period s where s.member_id = m.id and s.valid_from <= m.join_date)""",
				Long.class);
		assertThat(late).as("members whose status history starts after they joined").isZero();
		Long gaps = this.jdbc.queryForObject(
				"""
						select count(*) from member_status_period s where s.valid_to is not null and not exists (
						    select 1 from member_status_period n where n.member_id = s.member_id and n.valid_from = s.valid_to)""",
				Long.class);
		assertThat(gaps).as("status histories with a gap").isZero();
	}

	@Test
	void theProvinceIsAnGiangTodayAndKienGiangBeforeTheMerger() {
		OrgUnit province = this.org.roots(Scope.system()).get(0);
		assertThat(province.getName()).isEqualTo("Tỉnh ủy An Giang");
		assertThat(this.org.nameOn(province, LocalDate.of(2025, 6, 30))).isEqualTo("Tỉnh ủy Kiên Giang");
		assertThat(this.org.nameOn(province, LocalDate.of(2025, 7, 1))).isEqualTo("Tỉnh ủy An Giang");
	}

	@Test
	void aRunningThematicStudyWithRealisticRatesAndOneCommuneLagging() {
		StudyCampaign topic = thematic();
		assertThat(topic.getTitle()).startsWith("Học tập chuyên đề năm " + LocalDate.now().getYear());
		assertThat(topic.covers(LocalDate.now())).isTrue();
		OrgUnit province = this.org.roots(Scope.system()).get(0);
		List<StudySession> sessions = this.study.sessions(Scope.system(), topic.getId());
		Map<Long, OrgUnit> organisers = this.org
			.getAll(sessions.stream().map(StudySession::getOrganiserUnitId).toList());
		assertThat(sessions)
			.anyMatch(s -> organisers.get(s.getOrganiserUnitId()).getKind() == OrgUnitKind.PROVINCIAL_COMMITTEE);
		assertThat(sessions)
			.anyMatch(s -> organisers.get(s.getOrganiserUnitId()).getKind() == OrgUnitKind.COMMUNE_COMMITTEE);

		StudyRollup.Node node = this.rollup.rollup(Scope.system(), topic.getId(), province.getId(), null);
		List<Double> rates = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (StudyRollup.Node commune : node.children()) {
			StudyRollup.MemberFigures f = commune.members();
			seen.add(commune.unit().getName() + " " + f);
			if (f.denominator() > 0 && commune.unit().getKind() == OrgUnitKind.COMMUNE_COMMITTEE) {
				rates.add(100.0 * f.attended() / f.denominator());
			}
		}
		assertThat(rates).as("%s", seen).hasSizeGreaterThanOrEqualTo(5);
		assertThat(rates.stream().filter(r -> r >= 85 && r <= 99)).as("%s", seen).hasSize(rates.size() - 1);
		assertThat(rates.stream().filter(r -> r < 80)).as("one commune clearly lagging: %s", rates).hasSize(1);
		assertThat(node.audiences()).isNotEmpty();
		// The province's own bodies attended its conference.
		assertThat(node.members().attended() * 100 / node.members().denominator()).isBetween(85L, 99L);
	}

	@Test
	void essaysAreHandedInAndGraded() {
		StudyCampaign topic = thematic();
		assertThat(topic.isEssayRequired()).isTrue();
		List<String> grades = this.jdbc.queryForList(
				"select distinct grade from learning_essay where campaign_id = ? and grade is not null", String.class,
				topic.getId());
		assertThat(grades).contains("EXCELLENT", "GOOD", "PASS", "NEEDS_REVISION");
		Long ungraded = this.jdbc.queryForObject(
				"select count(*) from learning_essay where campaign_id = ? and grade is null", Long.class,
				topic.getId());
		assertThat(ungraded).isPositive();
	}

	@Test
	void checkAllThenSaveGoesThroughInEveryCellOfTheDemoCommune() {
		Scope secretary = this.users.scopeOf("canbo.xa");
		StudyCampaign topic = thematic();
		List<StudySession> sessions = this.study.sessions(secretary, topic.getId());
		OrgUnit commune = this.org.get(secretary.rootUnitId());
		StudySession main = sessions.stream()
			.filter(s -> s.getOrganiserUnitId().equals(commune.getId()) && !s.isMakeUp()
					&& s.getTitle().startsWith("Lớp học tập"))
			.findFirst()
			.orElseThrow();
		int cells = 0;
		for (OrgUnit cell : this.org.subtree(commune.getPath())) {
			if (!cell.getKind().holdsMembers() || cell.isClosed()) {
				continue;
			}
			List<Long> all = this.attendance.checklist(secretary, main.getId(), cell.getId())
				.stream()
				.filter(StudyAttendance.ChecklistRow::tickable)
				.filter(r -> !r.excused())
				.map(StudyAttendance.ChecklistRow::memberId)
				.toList();
			assertThatCode(() -> this.attendance.setCellAttendance(secretary, main.getId(), cell.getId(), all))
				.as("Chọn tất cả then Lưu điểm danh in %s", cell.getName())
				.doesNotThrowAnyException();
			cells++;
		}
		assertThat(cells).isGreaterThan(10);
	}

	@Test
	void everyStudyPageADemoUserOpensHasData() throws Exception {
		StudyCampaign topic = thematic();
		for (String username : List.of("canbo.tinh", "canbo.xa", "bithu", "xem")) {
			String list = page("/study", username);
			assertThat(list).as(username).contains("Học tập chuyên đề năm").doesNotContain("Chưa có đợt học tập nào");
			String dashboard = page("/study/campaigns/" + topic.getId(), username);
			assertThat(dashboard).as(username).contains("Lớp học tập chuyên đề năm");
		}
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private StudyCampaign thematic() {
		return this.study.campaigns(Scope.system())
			.stream()
			.filter(c -> c.getTitle().startsWith("Học tập chuyên đề năm"))
			.findFirst()
			.orElseThrow();
	}

}
