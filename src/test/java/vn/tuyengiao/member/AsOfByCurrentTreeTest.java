package vn.tuyengiao.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

/**
 * A roll-up as of an earlier date reads today's kept counts corrected by the members
 * whose standing changed since; whatever happened after the date (a status change, a
 * member who joined, a transfer, a cell moved by a merger, a death), the figures equal a
 * recount from every member's cell and status periods, per unit and per child of the
 * root.
 */
@IntegrationTest
class AsOfByCurrentTreeTest {

	@Autowired
	MemberStanding standing;

	@Autowired
	MemberService members;

	@Autowired
	OrgService org;

	@Autowired
	OrgUnits units;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void theFiguresAsOfAnEarlierDateEqualARecountFromThePeriods() {
		LocalDate old = LocalDate.of(2015, 1, 1);
		OrgUnit district = unit(this.fx.province(), OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Chợ Lách (đối chiếu)",
				"T.AO", old);
		OrgUnit hoaNghia = unit(district.getId(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Hòa Nghĩa", "T.AO.HN",
				old);
		OrgUnit sonDinh = unit(district.getId(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Sơn Định", "T.AO.SD", old);
		OrgUnit hoaLoi = unit(hoaNghia.getId(), OrgUnitKind.CELL, "Chi bộ ấp Hòa Lợi", "T.AO.HL", old);
		OrgUnit sonLong = unit(sonDinh.getId(), OrgUnitKind.CELL, "Chi bộ ấp Sơn Long", "T.AO.SL", old);
		member("Nguyễn Văn Bảy", "93580001", hoaLoi, MemberStatus.ACTIVE, LocalDate.of(1998, 3, 2));
		member("Trần Thị Mai", "93580002", hoaLoi, MemberStatus.EXEMPT, LocalDate.of(2005, 6, 1));
		Member away = member("Lê Văn Tám", "93580003", hoaLoi, MemberStatus.ACTIVE, LocalDate.of(2010, 9, 9));
		Member deceased = member("Phạm Văn Chín", "93580004", sonLong, MemberStatus.ACTIVE, LocalDate.of(1985, 2, 3));
		Member moved = member("Võ Thị Hồng", "93580005", sonLong, MemberStatus.ACTIVE, LocalDate.of(2012, 5, 19));
		member("Đặng Văn Mười", "93580006", sonLong, MemberStatus.ACTIVE, LocalDate.of(2025, 9, 2));
		member("Huỳnh Thị Lan", "93580007", sonLong, MemberStatus.AWAY, LocalDate.of(2001, 1, 1));

		// After 30/06/2025: one leaves to work far away, one dies, one moves to the
		// other commune's cell today, and Sơn Định merges into Hòa Nghĩa (its cell
		// moves).
		this.members.changeStatus(this.system, away.getId(), MemberStatus.AWAY, LocalDate.of(2025, 8, 1),
				"đi làm ăn xa", this.members.get(this.system, away.getId()).getVersion());
		this.members.changeStatus(this.system, deceased.getId(), MemberStatus.DECEASED, LocalDate.of(2025, 11, 20),
				null, this.members.get(this.system, deceased.getId()).getVersion());
		this.members.update(this.system, moved.getId(),
				new MemberData("Võ Thị Hồng", Gender.FEMALE, LocalDate.of(1965, 1, 1), "93580005",
						LocalDate.of(2012, 5, 19), LocalDate.of(2013, 5, 19), null, hoaLoi.getId(), null, null,
						MemberStatus.ACTIVE, LocalDate.of(2012, 5, 19), false),
				this.members.get(this.system, moved.getId()).getVersion());
		this.org.merge(this.system, hoaNghia.getId(), List.of(sonDinh.getId()), LocalDate.of(2025, 7, 1));

		LocalDate today = LocalDate.now(this.clock);
		for (LocalDate d : List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1),
				LocalDate.of(2025, 8, 15), LocalDate.of(2025, 12, 31), today.minusDays(1))) {
			for (OrgUnit root : List.of(district, hoaNghia, this.units.get(this.fx.province()))) {
				String path = this.units.get(root.getId()).getPath();
				for (boolean byChild : new boolean[] { true, false }) {
					assertThat(kept(path, d, byChild)).as("%s as of %s, by child %s", root.getName(), d, byChild)
						.isEqualTo(recount(path, d, byChild));
				}
			}
			// A member's status on the date read from the row when nothing changed since
			// (the commitment lists' shortcut) equals the status history's answer.
			assertThat(this.jdbc.queryForList(
					"select m.id from member m where " + "coalesce(" + MemberStanding.memberStatusOnSql("m", "?")
							+ ", '-') <> coalesce(" + MemberStanding.statusOnSql("m.id", "?") + ", '-')",
					Long.class, d, d, d, d, d))
				.as("members whose status on %s differs", d)
				.isEmpty();
		}
		// The figures themselves, for Hòa Nghĩa as of 30/06/2025 (Sơn Long counted there,
		// where it is today): 4 active, 1 exempt, 1 away.
		Map<String, Long> before = kept(this.units.get(hoaNghia.getId()).getPath(), LocalDate.of(2025, 6, 30), false);
		assertThat(before.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
	}

	@Test
	void theCorrectionIsTakenWhenFewerThanOneMemberInSixChanged() {
		assertThat(CurrentTreeAsOf.correctionIsCheaper(33_333, 200_000)).isTrue();
		assertThat(CurrentTreeAsOf.correctionIsCheaper(33_334, 200_000)).isFalse();
		assertThat(CurrentTreeAsOf.correctionIsCheaper(0, 0)).isFalse();
	}

	/**
	 * The corrected answer itself (the public method may take the recount when many
	 * members changed), checked against the public answer too.
	 */
	private Map<String, Long> kept(String path, LocalDate d, boolean byChild) {
		Map<String, Long> out = new TreeMap<>();
		this.standing.correctedByCurrentTree(path, d, byChild,
				c -> out.merge(c.path() + " " + c.status(), c.count(), Long::sum));
		Map<String, Long> chosen = new TreeMap<>();
		this.standing.asOfByCurrentTree(path, d, byChild,
				c -> chosen.merge(c.path() + " " + c.status(), c.count(), Long::sum));
		assertThat(chosen).isEqualTo(out);
		return out;
	}

	private Map<String, Long> recount(String path, LocalDate d, boolean byChild) {
		Map<String, Long> out = new TreeMap<>();
		this.standing.recountByCurrentTree(path, d, byChild,
				c -> out.merge(c.path() + " " + c.status(), c.count(), Long::sum));
		return out;
	}

	private Member member(String name, String card, OrgUnit cell, MemberStatus status, LocalDate joined) {
		Gender g = name.contains(" Thị ") ? Gender.FEMALE : Gender.MALE;
		return this.members.create(this.system, new MemberData(name, g, LocalDate.of(1965, 1, 1), card, joined,
				joined.plusYears(1), null, cell.getId(), null, null, status, joined, false));
	}

	private OrgUnit unit(long parent, OrgUnitKind kind, String name, String code, LocalDate from) {
		return this.org.create(this.system, new NewUnit(parent, kind, name, code, "ĐU", from));
	}

}
