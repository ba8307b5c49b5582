package vn.tuyengiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.meeting.MeetingRollup;
import vn.tuyengiao.meeting.MeetingService;
import vn.tuyengiao.meeting.MeetingSummary;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.IntegrationTest;

/**
 * The demo's year of cell meetings on a province of its own: monthly meetings in every
 * cell of four communes, most with a story and its lesson, a few stories without the
 * lesson left as drafts, one commune lagging on thematic meetings; quickly.
 */
@IntegrationTest
class DemoMeetingLoaderTest {

	private static final String[] NAMES = { "Nguyễn Văn", "Trần Văn", "Lê Văn", "Phạm Văn", "Huỳnh Văn", "Võ Văn",
			"Đặng Văn" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Hải", "Khang", "Long", "Minh" };

	@Autowired
	DemoMeetingLoader loader;

	@Autowired
	OrgService org;

	@Autowired
	MemberService members;

	@Autowired
	MeetingRollup rollup;

	@Autowired
	MeetingService meetings;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aYearOfMeetingsWithStoriesLessonsDraftsAndALaggingCommune() {
		Scope system = Scope.system();
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit province = this.org.create(system, new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE,
				"Tỉnh ủy Trà Vinh", "T.DEMO.TV", "TU", LocalDate.of(2015, 1, 1)));
		String[] communes = { "Cầu Ngang", "Mỹ Long", "Hiệp Mỹ", "Long Sơn" };
		List<OrgUnit> cells = new ArrayList<>();
		int card = 0;
		for (int c = 0; c < communes.length; c++) {
			OrgUnit commune = this.org.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
					"Đảng ủy xã " + communes[c], "T.DEMO.TV." + c, "ĐU", from));
			for (int k = 0; k < 3; k++) {
				OrgUnit cell = this.org.create(system, new NewUnit(commune.getId(), OrgUnitKind.CELL,
						"Chi bộ ấp " + (k + 1), "T.DEMO.TV." + c + "." + k, "CB", from));
				cells.add(cell);
				for (int m = 0; m < 8; m++) {
					this.members.create(system,
							new MemberData(NAMES[(c * 24 + k * 8 + m) % NAMES.length] + " " + GIVEN[m], Gender.MALE,
									LocalDate.of(1970, 1, 1), "DEMO-TV-" + (++card), LocalDate.of(2000, 1, 1), null,
									null, cell.getId(), m == 0 ? "Bí thư chi bộ" : "Đảng viên", null,
									m == 7 ? MemberStatus.EXEMPT : MemberStatus.ACTIVE, LocalDate.of(2020, 1, 1),
									false));
				}
			}
		}
		long started = System.nanoTime();
		this.tx.executeWithoutResult(s -> this.loader.load(province));
		long ms = (System.nanoTime() - started) / 1_000_000;

		LocalDate today = this.meetings.today();
		MeetingSummary year = this.rollup.forUnit(system, province.getId(), today.minusMonths(12), today);
		assertThat(year.figures().cells()).isEqualTo(12);
		assertThat(year.figures().meetings()).isGreaterThan(12 * 10);
		assertThat(year.figures().drafts()).as("a few stories without the lesson").isBetween(1L, 30L);
		assertThat(year.figures().withStory()).isGreaterThan(year.figures().meetings() / 2);
		assertThat(year.figures().present()).isLessThan(year.figures().expected());
		assertThat(year.laggingCells()).as("the third commune lags on thematic meetings").isNotEmpty();
		assertThat(year.storySentence()).contains("/12 chi bộ)");
		Long reviews = this.jdbc.queryForObject("select count(*) from meeting_self_review r join cell_meeting m "
				+ "on m.id = r.meeting_id where m.unit_id = ?", Long.class, cells.get(0).getId());
		assertThat(reviews).isPositive();
		assertThat(ms).as("demo meetings loaded in " + ms + " ms").isLessThan(10_000);
	}

}
