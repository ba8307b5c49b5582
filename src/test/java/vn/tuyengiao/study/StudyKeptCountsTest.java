package vn.tuyengiao.study;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up reads counts kept in step with attendance: ticks, unticks, make-up classes,
 * transfers after the class and "as of" dates give the same figures a full recount gives.
 */
@IntegrationTest
class StudyKeptCountsTest {

	@Autowired
	StudyService study;

	@Autowired
	StudyAttendance attendance;

	@Autowired
	StudyRollup rollup;

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	MemberService members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void ticksUnticksMakeUpClassesAndTransfersKeepTheRollupExact() {
		LocalDate founded = LocalDate.of(2025, 7, 1);
		OrgUnit commune = this.orgChanges.create(this.system, new NewUnit(this.fx.province(),
				OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Thạnh Phú", "T.TP", "ĐU", founded));
		OrgUnit a = this.orgChanges.create(this.system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Thạnh Hòa", "T.TP.TH", "CB", founded));
		OrgUnit b = this.orgChanges.create(this.system,
				new NewUnit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Thạnh Lợi", "T.TP.TL", "CB", founded));
		Member hung = add("Ngô Văn Hùng", "93700001", a, MemberStatus.ACTIVE);
		Member cuc = add("Phan Thị Cúc", "93700002", a, MemberStatus.ACTIVE);
		Member tai = add("Lý Văn Tài", "93700003", a, MemberStatus.ACTIVE);
		add("Đoàn Văn Bé", "93700004", a, MemberStatus.EXEMPT);
		Member hanh = add("Châu Thị Hạnh", "93700005", b, MemberStatus.ACTIVE);
		add("Quách Văn Lộc", "93700006", b, MemberStatus.AWAY);

		StudyCampaign c = this.study.createCampaign(this.system,
				new StudyService.NewCampaign(commune.getId(), "Học tập chuyên đề năm 2026", DocumentKind.THEMATIC_TOPIC,
						"Kế hoạch số 05-KH/ĐU", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
						LocalDate.of(2026, 6, 30), EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession first = session(c, commune, LocalDate.of(2026, 3, 10), false);
		StudySession makeUp = session(c, commune, LocalDate.of(2026, 4, 20), true);

		this.attendance.setCellAttendance(this.system, first.getId(), a.getId(),
				List.of(hung.getId(), cuc.getId(), tai.getId()));
		this.attendance.setCellAttendance(this.system, first.getId(), b.getId(), List.of(hanh.getId()));
		StudyRollup.MemberFigures f = this.rollup
			.rollup(this.system, c.getId(), commune.getId(), LocalDate.of(2026, 3, 31))
			.members();
		assertThat(f).isEqualTo(new StudyRollup.MemberFigures(6, 1, 1, 4));
		assertThat(f.rate()).isEqualTo("100,00%");

		// Tài did not come after all; he attends the make-up class a month later.
		this.attendance.setCellAttendance(this.system, first.getId(), a.getId(), List.of(hung.getId(), cuc.getId()));
		this.attendance.addAttendance(this.system, makeUp.getId(), List.of(tai.getId()));
		assertThat(attended(c, commune, LocalDate.of(2026, 3, 31))).isEqualTo(3);
		assertThat(attended(c, commune, LocalDate.of(2026, 4, 30))).isEqualTo(4);
		// Hùng attending the make-up class too is still one person.
		this.attendance.addAttendance(this.system, makeUp.getId(), List.of(hung.getId()));
		assertThat(attended(c, commune, LocalDate.of(2026, 4, 30))).isEqualTo(4);
		assertThat(attended(c, commune, LocalDate.of(2026, 3, 9))).isZero();

		// Cúc moves to ấp Thạnh Lợi after the class: her attendance stays with the cell
		// she was in on the class date.
		Member m = this.members.get(this.system, cuc.getId());
		this.members.update(this.system, m.getId(),
				new MemberData(m.getFullName(), m.getGender(), m.getBirthDate(), m.getCardNumber(), m.getJoinDate(),
						m.getFullMemberDate(), null, b.getId(), m.getPosition(), m.getDuties(), m.getStatus(), null,
						m.isRetiredCadre()),
				m.getVersion());
		StudyRollup.Node node = this.rollup.rollup(this.system, c.getId(), commune.getId(), null);
		Map<String, Long> byCell = new HashMap<>();
		node.children().forEach(n -> byCell.put(n.unit().getShortCode(), n.members().attended()));
		assertThat(byCell).containsEntry("T.TP.TH", 3L).containsEntry("T.TP.TL", 1L);
		assertThat(node.members().attended()).isEqualTo(4);
		// Summed per child in the database (one level) or per unit and folded here
		// (deeper): the same figures.
		StudyRollup.Node deep = this.rollup.rollup(this.system, c.getId(), commune.getId(), null, 2);
		assertThat(deep.members()).isEqualTo(node.members());
		assertThat(deep.children()).extracting(StudyRollup.Node::members)
			.containsExactlyElementsOf(node.children().stream().map(StudyRollup.Node::members).toList());
		assertThat(deep.sessions()).isEqualTo(node.sessions()).isEqualTo(2);

		// The invariant over every campaign in the database: kept tallies equal a recount
		// from the attendance rows.
		assertThat(keptTallies()).isEqualTo(recountedTallies());

		// Ấp Thạnh Lợi is handed to a neighbouring commune: its members and its
		// attendance now roll up there.
		OrgUnit neighbour = this.orgChanges.create(this.system, new NewUnit(this.fx.province(),
				OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Thạnh Lộc", "T.TL", "ĐU", founded));
		this.orgChanges.move(this.system, b.getId(), neighbour.getId(), LocalDate.of(2026, 5, 1),
				this.org.get(b.getId()).getVersion());
		OrgUnit province = this.org.get(this.fx.province());
		Map<String, StudyRollup.MemberFigures> byCommune = new HashMap<>();
		this.rollup.rollup(this.system, c.getId(), province.getId(), null)
			.children()
			.forEach(n -> byCommune.put(n.unit().getShortCode(), n.members()));
		// Thạnh Phú keeps ấp Thạnh Hòa: Hùng, Tài and the exempt Bé, with 3 attendances
		// (Cúc's counts in the cell she was
		// in on the class date); Thạnh Lộc gets Cúc, Hạnh and the away Lộc with Hạnh's
		// attendance.
		assertThat(byCommune.get("T.TP")).isEqualTo(new StudyRollup.MemberFigures(3, 1, 0, 3));
		assertThat(byCommune.get("T.TL")).isEqualTo(new StudyRollup.MemberFigures(3, 0, 1, 1));
		StudyRollup.Node deepProvince = this.rollup.rollup(this.system, c.getId(), province.getId(), null, 2);
		assertThat(deepProvince.children()).filteredOn(n -> n.unit().getShortCode().startsWith("T.T"))
			.extracting(n -> n.unit().getShortCode() + "=" + n.members())
			.containsExactlyInAnyOrder("T.TP=" + byCommune.get("T.TP"), "T.TL=" + byCommune.get("T.TL"));
		// Every kept row carries its unit's current path.
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from campaign_tally t join org_unit u on u.id = t.unit_id where t.unit_path <> u.path""",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from unit_member_count c join org_unit u on u.id = c.unit_id where c.unit_path <> u.path""",
				Long.class))
			.isZero();
	}

	/**
	 * A cell is handed to another commune while its secretary records a make-up class:
	 * the attendance waits for the move and its kept tally lands under the new commune,
	 * instead of keeping the old path for good.
	 */
	@Test
	void attendanceRecordedWhileTheCellMovesFollowsTheMove() throws Exception {
		LocalDate founded = LocalDate.of(2025, 7, 1);
		OrgUnit from = this.orgChanges.create(this.system, new NewUnit(this.fx.province(),
				OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Hòa Thuận", "T.HT", "ĐU", founded));
		OrgUnit to = this.orgChanges.create(this.system, new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Hòa Lợi", "T.HL", "ĐU", founded));
		OrgUnit cell = this.orgChanges.create(this.system,
				new NewUnit(from.getId(), OrgUnitKind.CELL, "Chi bộ ấp Hòa Bình", "T.HT.HB", "CB", founded));
		Member nga = add("Trương Thị Nga", "93800001", cell, MemberStatus.ACTIVE);
		StudyCampaign c = this.study.createCampaign(this.system,
				new StudyService.NewCampaign(this.fx.province(), "Học tập Nghị quyết Đại hội đảng bộ tỉnh",
						DocumentKind.RESOLUTION, "Kế hoạch số 12-KH/TU", LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), null, EnumSet.of(Audience.PARTY_MEMBERS), false));
		StudySession makeUp = session(c, from, LocalDate.of(2026, 5, 12), true);

		java.util.concurrent.CountDownLatch moved = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var move = pool.submit(() -> this.tx.executeWithoutResult(s -> {
				this.orgChanges.move(this.system, cell.getId(), to.getId(), LocalDate.of(2026, 5, 1),
						this.org.get(cell.getId()).getVersion());
				moved.countDown();
				try {
					// Hold the move open while the attendance is being recorded.
					commit.await(5, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(moved.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			var tick = pool
				.submit(() -> this.attendance.addAttendance(this.system, makeUp.getId(), List.of(nga.getId())));
			Thread.sleep(300);
			commit.countDown();
			move.get(20, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(tick.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
		}
		finally {
			commit.countDown();
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from campaign_tally t join org_unit u on u.id = t.unit_id where t.unit_path <> u.path""",
				Long.class))
			.isZero();
		Map<String, Long> byCommune = new HashMap<>();
		this.rollup.rollup(this.system, c.getId(), this.fx.province(), null)
			.children()
			.forEach(n -> byCommune.put(n.unit().getShortCode(), n.members().attended()));
		assertThat(byCommune).containsEntry("T.HL", 1L).containsEntry("T.HT", 0L);
	}

	private long attended(StudyCampaign c, OrgUnit unit, LocalDate asOf) {
		return this.rollup.rollup(this.system, c.getId(), unit.getId(), asOf).members().attended();
	}

	private Map<String, Long> keptTallies() {
		Map<String, Long> m = new HashMap<>();
		this.jdbc.query("select campaign_id, unit_id, first_on, attended from campaign_tally where attended <> 0",
				rs -> {
					m.put(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getDate(3), rs.getLong(4));
				});
		return m;
	}

	/**
	 * First attendance of each member per campaign, in the cell recorded for that class,
	 * counted per cell and day.
	 */
	private Map<String, Long> recountedTallies() {
		Map<String, Long> m = new HashMap<>();
		this.jdbc.query("""
				select x.campaign_id, x.unit_id, x.held_on, count(*) from (
				  select s.campaign_id, a.member_id, a.unit_id, s.held_on,
				         row_number() over (partition by s.campaign_id, a.member_id order by s.held_on, s.id) as n
				  from session_attendance a join study_session s on s.id = a.session_id) x
				where x.n = 1 group by x.campaign_id, x.unit_id, x.held_on""", rs -> {
			m.put(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getDate(3), rs.getLong(4));
		});
		return m;
	}

	private StudySession session(StudyCampaign c, OrgUnit organiser, LocalDate on, boolean makeUp) {
		return this.study.createSession(this.system,
				new StudyService.NewSession(c.getId(), organiser.getId(),
						makeUp ? "Lớp học bù chuyên đề năm 2026" : "Hội nghị học tập chuyên đề năm 2026",
						SessionFormat.IN_PERSON, null, on, "Hội trường Đảng ủy xã", "Phó Bí thư Thường trực",
						EnumSet.of(Audience.PARTY_MEMBERS), makeUp));
	}

	private Member add(String name, String card, OrgUnit cell, MemberStatus status) {
		return this.members.create(this.system,
				new MemberData(name, Gender.MALE, LocalDate.of(1970, 2, 3), card, LocalDate.of(1995, 2, 3),
						LocalDate.of(1996, 2, 3), null, cell.getId(), "Đảng viên", null, status,
						LocalDate.of(2020, 1, 1), false));
	}

}
