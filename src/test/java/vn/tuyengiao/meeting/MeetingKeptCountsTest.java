package vn.tuyengiao.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

/**
 * The roll-up reads counts kept per cell and day ({@code meeting_day_count}): meetings
 * written, completed, reopened, moved to another day and deleted, and a cell handed to
 * another commune (the 2025 mergers), give the figures a recount of the meetings gives;
 * over the whole database the kept rows equal a recount and carry their cell's current
 * path.
 */
@IntegrationTest
class MeetingKeptCountsTest {

	@Autowired
	OrgService org;

	@Autowired
	OrgUnits units;

	@Autowired
	MemberService members;

	@Autowired
	UserService users;

	@Autowired
	MeetingService meetings;

	@Autowired
	MeetingRollup rollup;

	@Autowired
	JdbcTemplate jdbc;

	private CellMeeting save(MeetingWorld w, Scope secretary, Long id, Long version, LocalDate date, MeetingKind kind,
			boolean hoaPresent, String story, String lesson, boolean complete) {
		List<MeetingInput.Attendance> rows = new ArrayList<>();
		rows.add(new MeetingInput.Attendance(w.thang(), true, null));
		rows.add(new MeetingInput.Attendance(w.hoa(), hoaPresent, hoaPresent ? null : "Đi khám bệnh"));
		rows.add(new MeetingInput.Attendance(w.ut(), false, null));
		return this.meetings.save(secretary, id,
				new MeetingInput(w.cell(), date, kind, kind == MeetingKind.THEMATIC ? "Học tập và làm theo Bác" : null,
						w.thang(), w.hoa(), null, "Thông tin thời sự", null, "Nghị quyết tháng", story, lesson, true,
						true, rows, List.of(), version),
				complete);
	}

	@Test
	void writesEditsDeletesAndAMergerKeepTheCountsExact() {
		MeetingWorld w = MeetingWorld.build(this.org, this.members, this.users);
		Scope secretary = this.users.scopeOf(w.secretary());
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 6, 30);
		save(w, secretary, null, null, LocalDate.of(2026, 1, 5), MeetingKind.REGULAR, true, "Chiếc đồng hồ",
				"Đúng giờ, đúng hẹn", true);
		CellMeeting feb = save(w, secretary, null, null, LocalDate.of(2026, 2, 5), MeetingKind.REGULAR, false,
				"Bác Hồ với thiếu nhi", "Thương yêu trẻ em", true);
		CellMeeting thematic = save(w, secretary, null, null, LocalDate.of(2026, 3, 20), MeetingKind.THEMATIC, true,
				null, null, true);
		CellMeeting draft = save(w, secretary, null, null, LocalDate.of(2026, 4, 5), MeetingKind.REGULAR, true,
				"Đôi dép cao su", null, false);
		assertThat(kept()).isEqualTo(recount());

		// February's meeting reopened as a draft and moved to the 6th; the thematic one
		// moved into quarter II; April's draft deleted.
		save(w, secretary, feb.getId(), feb.getVersion(), LocalDate.of(2026, 2, 6), MeetingKind.REGULAR, true,
				"Bác Hồ với thiếu nhi", "Thương yêu trẻ em", false);
		save(w, secretary, thematic.getId(), thematic.getVersion(), LocalDate.of(2026, 4, 20), MeetingKind.THEMATIC,
				true, null, null, true);
		this.meetings.deleteDraft(secretary, draft.getId(), draft.getVersion());
		assertThat(kept()).isEqualTo(recount());
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_day_count where unit_id = ?", Long.class,
				w.cell()))
			.as("January, the 6th of February, the 20th of April")
			.isEqualTo(3L);

		MeetingFigures f = this.rollup.rollup(Scope.system(), w.commune(), from, to).total().figures();
		assertThat(f.meetings()).isEqualTo(2);
		assertThat(f.drafts()).isEqualTo(1);
		assertThat(f.thematic()).isEqualTo(1);
		assertThat(f.attendance()).isEqualTo("4/4 (100,00%)");

		// The cell is handed to a commune formed by a merger: its meetings roll up there.
		OrgUnit merged = this.org.create(Scope.system(), new NewUnit(w.province(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Vĩnh Thuận Mới", w.code() + ".VTM", "ĐU", LocalDate.of(2026, 6, 1)));
		this.org.move(Scope.system(), w.cell(), merged.getId(), LocalDate.of(2026, 6, 1),
				this.units.get(w.cell()).getVersion());
		assertThat(kept()).isEqualTo(recount());
		MeetingFigures there = this.rollup.rollup(Scope.system(), merged.getId(), from, to).total().figures();
		assertThat(there.cells()).isEqualTo(1);
		assertThat(there.meetings()).isEqualTo(2);
		assertThat(there.drafts()).isEqualTo(1);
		assertThat(there.thematic()).isEqualTo(1);
		assertThat(there.attendance()).isEqualTo("4/4 (100,00%)");
		assertThat(this.rollup.rollup(Scope.system(), w.commune(), from, to).total().figures().meetings()).isZero();
		assertThat(this.rollup.rollup(Scope.system(), w.province(), from, to).total().figures().meetings())
			.isEqualTo(2);
	}

	/** Every kept row in the database, with the path it carries. */
	private Map<String, String> kept() {
		Map<String, String> rows = new HashMap<>();
		this.jdbc.query("""
				select unit_id, held_on, unit_path, completed, thematic, with_story, with_lesson, drafts, present,
				  expected, regular_story, regular_lesson from meeting_day_count""", rs -> {
			rows.put(rs.getLong(1) + "@" + rs.getDate(2), row(rs));
		});
		return rows;
	}

	/** The same rows recounted from every meeting, with the cell's current path. */
	private Map<String, String> recount() {
		Map<String, String> rows = new HashMap<>();
		this.jdbc.query(MeetingDayCounts.RECOUNT + " group by m.unit_id, m.held_on, u.path", rs -> {
			rows.put(rs.getLong(1) + "@" + rs.getDate(2), row(rs));
		});
		return rows;
	}

	private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
		StringBuilder s = new StringBuilder(rs.getString(3));
		for (int i = 4; i <= 12; i++) {
			s.append(' ').append(rs.getLong(i));
		}
		return s.toString();
	}

}
