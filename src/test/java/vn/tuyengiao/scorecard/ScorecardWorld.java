package vn.tuyengiao.scorecard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * A province of its own for each test (the test database is shared), with the 2025
 * mergers: Huyện ủy Giồng Trôm held the old communes Mỹ Thạnh (cells ấp Mỹ Hòa, ấp Mỹ
 * Lợi) and Lương Quới (cell ấp Lương Hòa); on 1 July 2025 both merged into the new Đảng
 * ủy xã Giồng Trôm under the province and the district closed; the new Đảng ủy xã Phước
 * Long (cell ấp Phước Hậu) opened the same day. Members: Mỹ Hòa 3 active, Mỹ Lợi 2
 * active, Lương Hòa 1 active and 1 away, Phước Hậu 2 active. Officers of the province and
 * of Phước Long.
 */
public record ScorecardWorld(String code, long province, long district, long myThanh, long luongQuoi, long myHoa,
		long myLoi, long luongHoa, long giongTrom, long phuocLong, long phuocHau, String provinceOfficer,
		String phuocLongOfficer) {

	private static final AtomicInteger RUN = new AtomicInteger();

	static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	public static ScorecardWorld build(OrgService org, OrgUnits units, MemberService members, UserService users) {
		Scope system = Scope.system();
		String n = "SC" + RUN.incrementAndGet() + (System.nanoTime() % 100000);
		LocalDate old = LocalDate.of(2015, 1, 1);
		OrgUnit province = org.create(system,
				new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE, "Tỉnh ủy Bến Tre " + n, n, "TU", old));
		OrgUnit district = org.create(system, new NewUnit(province.getId(), OrgUnitKind.DISTRICT_COMMITTEE,
				"Huyện ủy Giồng Trôm", n + ".GT", "HU", old));
		OrgUnit myThanh = org.create(system, new NewUnit(district.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Mỹ Thạnh", n + ".MT", "ĐU", old));
		OrgUnit luongQuoi = org.create(system, new NewUnit(district.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Lương Quới", n + ".LQ", "ĐU", old));
		OrgUnit myHoa = org.create(system,
				new NewUnit(myThanh.getId(), OrgUnitKind.CELL, "Chi bộ ấp Mỹ Hòa", n + ".MT.MH", "CB", old));
		OrgUnit myLoi = org.create(system,
				new NewUnit(myThanh.getId(), OrgUnitKind.CELL, "Chi bộ ấp Mỹ Lợi", n + ".MT.ML", "CB", old));
		OrgUnit luongHoa = org.create(system,
				new NewUnit(luongQuoi.getId(), OrgUnitKind.CELL, "Chi bộ ấp Lương Hòa", n + ".LQ.LH", "CB", old));
		String[] names = { "Nguyễn Văn Thành", "Trần Thị Mai", "Lê Văn Hùng", "Phạm Thị Lan", "Võ Văn Tám",
				"Huỳnh Văn Bảy", "Đặng Thị Hồng", "Ngô Văn Sáu", "Bùi Thị Cúc" };
		int i = 0;
		for (long cell : new long[] { myHoa.getId(), myHoa.getId(), myHoa.getId(), myLoi.getId(), myLoi.getId(),
				luongHoa.getId() }) {
			member(members, names[i], MemberStatus.ACTIVE, cell, n + "0" + i++);
		}
		member(members, names[i], MemberStatus.AWAY, luongHoa.getId(), n + "0" + i++);

		OrgUnit giongTrom = org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Giồng Trôm", n + ".XGT", "ĐU", MERGER));
		org.merge(system, giongTrom.getId(), List.of(myThanh.getId(), luongQuoi.getId()), MERGER);
		org.close(system, district.getId(), MERGER, units.get(district.getId()).getVersion());
		OrgUnit phuocLong = org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Phước Long", n + ".PL", "ĐU", MERGER));
		OrgUnit phuocHau = org.create(system,
				new NewUnit(phuocLong.getId(), OrgUnitKind.CELL, "Chi bộ ấp Phước Hậu", n + ".PL.PH", "CB", MERGER));
		member(members, names[i], MemberStatus.ACTIVE, phuocHau.getId(), n + "0" + i++);
		member(members, names[i], MemberStatus.ACTIVE, phuocHau.getId(), n + "0" + i);
		String provinceOfficer = "canbo.sc." + n.toLowerCase();
		String phuocLongOfficer = "canbo.pl." + n.toLowerCase();
		users.create(system, new UserService.NewUser(provinceOfficer, "Cán bộ tỉnh", Role.OFFICER, province.getId(),
				Fixture.PASSWORD, false));
		users.create(system, new UserService.NewUser(phuocLongOfficer, "Cán bộ xã Phước Long", Role.OFFICER,
				phuocLong.getId(), Fixture.PASSWORD, false));
		return new ScorecardWorld(n, province.getId(), district.getId(), myThanh.getId(), luongQuoi.getId(),
				myHoa.getId(), myLoi.getId(), luongHoa.getId(), giongTrom.getId(), phuocLong.getId(), phuocHau.getId(),
				provinceOfficer, phuocLongOfficer);
	}

	private static void member(MemberService members, String name, MemberStatus status, long cell, String card) {
		members.create(Scope.system(),
				new MemberData(name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE, LocalDate.of(1978, 4, 12),
						"SC-" + card, LocalDate.of(2005, 3, 2), null, null, cell, "Đảng viên", null, status,
						LocalDate.of(2015, 1, 1), false));
	}

	/** The cells that hold meetings in {@link #records}. */
	java.util.List<Long> cells() {
		return java.util.List.of(this.myHoa, this.myLoi, this.luongHoa, this.phuocHau);
	}

	/**
	 * The year's study campaign of the province with attendance kept per cell, meetings
	 * before and after the merger, and one model of learning from Uncle Ho.
	 */
	public void records(JdbcTemplate jdbc, OrgUnits units) {
		LocalDateTime now = LocalDateTime.of(2026, 1, 2, 8, 0);
		jdbc.update("""
				insert into study_campaign (owner_unit_id, title, document_kind, period_from, period_to, audiences,
				  version, created_at) values (?, ?, 'RESOLUTION', ?, ?, 'PARTY_MEMBERS', 0, ?)""", this.province,
				"Học tập chuyên đề năm 2026 " + this.code, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), now);
		Long campaign = jdbc.queryForObject("select id from study_campaign where title = ?", Long.class,
				"Học tập chuyên đề năm 2026 " + this.code);
		jdbc.update("""
				insert into study_session (campaign_id, organiser_unit_id, title, format, held_on, audiences, make_up,
				  version, created_at) values (?, ?, 'Hội nghị học tập chuyên đề năm 2026', 'IN_PERSON', ?,
				  'PARTY_MEMBERS', false, 0, ?)""", campaign, this.province, LocalDate.of(2026, 4, 10), now);
		Long session = jdbc.queryForObject("select max(id) from study_session where campaign_id = ?", Long.class,
				campaign);
		tally(jdbc, units, campaign, session, this.myHoa, 3);
		tally(jdbc, units, campaign, session, this.myLoi, 1);
		tally(jdbc, units, campaign, session, this.luongHoa, 1);
		tally(jdbc, units, campaign, session, this.phuocHau, 1);
		meeting(jdbc, this.myHoa, LocalDate.of(2025, 3, 5), "Bác Hồ với đồng bào miền Nam", "Đoàn kết, thương dân");
		meeting(jdbc, this.myLoi, LocalDate.of(2025, 3, 5), "Chiếc đồng hồ", "Đúng giờ, đúng hẹn");
		meeting(jdbc, this.luongHoa, LocalDate.of(2025, 3, 5), null, null);
		meeting(jdbc, this.myHoa, LocalDate.of(2026, 3, 5), "Đôi dép cao su", "Giản dị, tiết kiệm");
		meeting(jdbc, this.luongHoa, LocalDate.of(2026, 3, 5), "Bác Hồ với thiếu nhi", null);
		meeting(jdbc, this.phuocHau, LocalDate.of(2026, 3, 5), "Thăm hỏi thương binh", "Biết ơn người có công");
		jdbc.update("""
				insert into emulation_model (owner_unit_id, title, group_id, movement, content, start_date, status,
				  content_changed_at, created_at, created_by, version)
				values (?, 'Chi bộ ấp Mỹ Hòa giúp nhau thoát nghèo', (select min(id) from model_group), 'HO_CHI_MINH',
				  'Mỗi đảng viên giúp một hộ nghèo', ?, 'LAUNCHED', ?, ?, 'test', 0)""", this.myHoa,
				LocalDate.of(2026, 2, 1), now, now);
	}

	/**
	 * The first {@code attended} members of the cell attended the class: their rows and
	 * the kept tally the study module keeps for them (StudyKeptCountsTest checks over the
	 * whole database that kept tallies equal a recount from the attendance rows).
	 */
	private static void tally(JdbcTemplate jdbc, OrgUnits units, long campaign, long session, long cell, int attended) {
		List<Long> present = jdbc.queryForList("select id from member where unit_id = ? order by id", Long.class, cell)
			.subList(0, attended);
		for (long member : present) {
			jdbc.update(
					"insert into session_attendance (session_id, member_id, recorded_by, recorded_at, unit_id) "
							+ "values (?, ?, 'test', ?, ?)",
					session, member, LocalDateTime.of(2026, 4, 10, 9, 0), cell);
		}
		jdbc.update(
				"insert into campaign_tally (campaign_id, unit_id, first_on, attended, unit_path) "
						+ "values (?, ?, ?, ?, ?)",
				campaign, cell, LocalDate.of(2026, 4, 10), attended, units.get(cell).getPath());
	}

	private static void meeting(JdbcTemplate jdbc, long cell, LocalDate on, String story, String lesson) {
		LocalDateTime at = on.atTime(20, 0);
		jdbc.update("""
				insert into cell_meeting (unit_id, held_on, kind, story_title, lesson, status, expected_count,
				  present_count, source, created_at, created_by, updated_at, version)
				values (?, ?, 'REGULAR', ?, ?, 'COMPLETED', 0, 0, 'FORM', ?, 'test', ?, 0)""", cell, on, story, lesson,
				at, at);
	}

}
