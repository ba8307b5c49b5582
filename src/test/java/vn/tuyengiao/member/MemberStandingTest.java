package vn.tuyengiao.member;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MemberStandingTest {

	@Autowired
	MemberStanding standing;

	@Autowired
	MemberService members;

	@Autowired
	OrgService org;

	@Autowired
	OrgUnits units;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void theSqlFragmentsComeFromTheStatusesAndThePeriodColumns() {
		assertThat(MemberStanding.ON_ROLL).isEqualTo(MemberStatus.ON_ROLL);
		assertThat(MemberStanding.ON_ROLL_LIST).isEqualTo("('ACTIVE', 'EXEMPT', 'AWAY')");
		assertThat(MemberStanding.onRollSql("m")).isEqualTo("m.status in ('ACTIVE', 'EXEMPT', 'AWAY')");
		assertThat(MemberStanding.onRollStatusSql("x.status_then"))
			.isEqualTo("x.status_then in ('ACTIVE', 'EXEMPT', 'AWAY')");
		assertThat(MemberStanding.validOnSql("p", ":d"))
			.isEqualTo("p.valid_from <= :d and (p.valid_to is null or p.valid_to > :d)");
	}

	@Test
	void asOfADateFollowsTheUnitHistoryAndTheStudyRuleTodaysTree() {
		OrgUnit a = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Hòa Hưng", "T.MS.VHH");
		OrgUnit b = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Hòa Phú", "T.MS.VHP");
		OrgUnit cell = unit(a.getId(), OrgUnitKind.CELL, "Chi bộ ấp Hòa Hưng", "T.MS.HH");
		Member active = member("Lâm Văn Phúc", "93570001", cell, MemberStatus.ACTIVE);
		Member away = member("Lâm Thị Hạnh", "93570002", cell, MemberStatus.AWAY);
		member("Lâm Văn Sáu", "93570003", cell, MemberStatus.DECEASED);
		this.org.move(this.system, cell.getId(), b.getId(), LocalDate.of(2026, 1, 1),
				this.units.get(cell.getId()).getVersion());
		LocalDate before = LocalDate.of(2025, 10, 1);

		assertThat(this.standing.onRollNow(cell.getId())).isEqualTo(2);
		// By unit history: before the move the cell was A's.
		Map<MemberStatus, Long> history = this.standing.asOfByUnitHistory(a.getId(), before);
		assertThat(history).containsEntry(MemberStatus.ACTIVE, 1L)
			.containsEntry(MemberStatus.AWAY, 1L)
			.containsEntry(MemberStatus.DECEASED, 1L);
		assertThat(this.standing.onRollAsOfByUnitHistory(a.getId(), before)).isEqualTo(2);
		assertThat(this.standing.onRollIdsAsOfByUnitHistory(a.getId(), before)).containsExactly(active.getId(),
				away.getId());
		assertThat(this.standing.onRollAsOfByUnitHistory(b.getId(), before)).isZero();
		// By today's tree (the study roll-up): the cell counts under B, where it is
		// today.
		assertThat(currentTree(a, before)).isEmpty();
		assertThat(currentTree(b, before)).containsEntry(MemberStatus.ACTIVE, 1L)
			.containsEntry(MemberStatus.AWAY, 1L)
			.containsEntry(MemberStatus.DECEASED, 1L);
	}

	@Test
	void rollNowCountsRetiredCadresAndProbationaryMembersOnTheRollOfTheSubtree() {
		OrgUnit commune = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Tân Khánh Trung",
				"T.MS.TKT");
		OrgUnit cell = unit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Tân Hòa", "T.MS.TH");
		OrgUnit sibling = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Tân Phú Đông",
				"T.MS.TPD");
		OrgUnit siblingCell = unit(sibling.getId(), OrgUnitKind.CELL, "Chi bộ ấp Phú Đông", "T.MS.PD");
		String path = this.units.get(commune.getId()).getPath();
		// A retired cadre, a probationary member away on work, a probationary retired
		// cadre exempt from activities: on the roll. A deceased retired cadre and a
		// transferred probationary member: no longer. The sibling's members: elsewhere.
		member("Huỳnh Văn Tám", "93610001", cell, MemberStatus.ACTIVE, true, LocalDate.of(1990, 5, 19));
		member("Huỳnh Thị Mai", "93610002", cell, MemberStatus.AWAY, false, null);
		member("Huỳnh Văn Bảy", "93610003", cell, MemberStatus.EXEMPT, true, null);
		member("Huỳnh Văn Chín", "93610004", cell, MemberStatus.DECEASED, true, LocalDate.of(1985, 2, 3));
		member("Huỳnh Thị Lan", "93610005", cell, MemberStatus.TRANSFERRED_OUT, false, null);
		member("Huỳnh Văn Mười", "93610006", cell, MemberStatus.ACTIVE, false, LocalDate.of(2010, 9, 2));
		member("Trần Văn Út", "93610007", siblingCell, MemberStatus.ACTIVE, true, null);

		assertThat(this.standing.rollNow(path)).isEqualTo(new MemberStanding.RollNow(2, 2));
		assertThat(this.standing.rollNow(this.units.get(siblingCell.getId()).getPath()))
			.isEqualTo(new MemberStanding.RollNow(1, 1));
		MemberStanding.RollNow province = this.standing.rollNow(this.units.get(this.fx.province()).getPath());
		assertThat(province.retiredCadres()).isGreaterThanOrEqualTo(3);
		assertThat(province.probationary()).isGreaterThanOrEqualTo(3);
	}

	private Map<MemberStatus, Long> currentTree(OrgUnit root, LocalDate date) {
		Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
		this.standing.asOfByCurrentTree(this.units.get(root.getId()).getPath(), date, true,
				c -> counts.merge(c.status(), c.count(), Long::sum));
		return counts;
	}

	private Member member(String name, String card, OrgUnit cell, MemberStatus status, boolean retired,
			LocalDate fullMember) {
		return this.members.create(this.system,
				new MemberData(name, Gender.MALE, LocalDate.of(1950, 1, 1), card, LocalDate.of(1980, 1, 1), fullMember,
						null, cell.getId(), null, null, status, LocalDate.of(2024, 1, 1), retired));
	}

	private Member member(String name, String card, OrgUnit cell, MemberStatus status) {
		return this.members.create(this.system,
				new MemberData(name, Gender.MALE, LocalDate.of(1970, 1, 1), card, LocalDate.of(2000, 1, 1),
						LocalDate.of(2001, 1, 1), null, cell.getId(), null, null, status, LocalDate.of(2024, 1, 1),
						false));
	}

	private OrgUnit unit(long parent, OrgUnitKind kind, String name, String code) {
		return this.org.create(this.system, new NewUnit(parent, kind, name, code, "ĐU", LocalDate.of(2025, 7, 1)));
	}

}
