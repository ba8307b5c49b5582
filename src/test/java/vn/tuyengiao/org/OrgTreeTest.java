package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.Member;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberSearch;
import vn.tuyengiao.member.MemberService;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OrgTreeTest {

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	MemberService members;

	@Autowired
	MemberSearch search;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	@Autowired
	Fixture.Data fx;

	private final Scope system = Scope.system();

	@Test
	void treeRollsMemberCountsUpToEveryAncestor() {
		OrgUnit commune = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Bình Bắc 2",
				"T.RU.VBB2");
		OrgUnit grassroots = unit(commune.getId(), OrgUnitKind.GRASSROOTS_COMMITTEE,
				"Đảng ủy cơ sở Trường THPT Vĩnh Thuận", "T.RU.THPT");
		OrgUnit cellA = unit(grassroots.getId(), OrgUnitKind.CELL, "Chi bộ Giáo viên 1", "T.RU.GV1");
		OrgUnit cellB = unit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Vĩnh Lộc 4", "T.RU.VL4");
		member("Cao Văn Tâm", "93400001", cellA);
		member("Cao Thị Mỹ", "93400002", cellA);
		member("La Văn Hùng", "93400003", cellB);
		Member gone = this.members.create(this.system,
				new MemberData("Tạ Văn Lực", Gender.MALE, LocalDate.of(1950, 1, 1), "93400004",
						LocalDate.of(1975, 1, 1), LocalDate.of(1976, 1, 1), null, cellB.getId(), null, null,
						MemberStatus.DECEASED, LocalDate.of(2024, 1, 1), true));

		UnitTree tree = this.org.tree(this.system, commune.getId(), false);
		assertThat(tree.node(cellA.getId()).ownMembers()).isEqualTo(2);
		assertThat(tree.node(grassroots.getId()).totalMembers()).isEqualTo(2);
		assertThat(tree.node(cellB.getId()).ownMembers()).as("the deceased are off the roll").isEqualTo(1);
		assertThat(tree.root().totalMembers()).isEqualTo(3);
		assertThat(gone.getStatus()).isEqualTo(MemberStatus.DECEASED);
	}

	@Test
	void aCommuneOfficerSeesOnlyTheirCommune() {
		Scope vbb = this.users.scopeOf("canbo.vbb");
		UnitTree tree = this.org.tree(vbb, this.fx.communeVbb(), false);
		assertThat(tree.node(this.fx.cellVl1())).isNotNull();
		assertThat(tree.node(this.fx.cellCc())).isNull();
		assertThatThrownBy(() -> this.org.tree(vbb, this.fx.communePd(), false))
			.isInstanceOfSatisfying(AppException.class, ex -> assertThat(ex.status()).isEqualTo(403));
		assertThat(this.org.search(vbb, "cai chanh", 10)).isEmpty();
		assertThat(this.org.search(this.system, "cai chanh", 10)).extracting(OrgUnit::getName)
			.contains("Chi bộ ấp Cái Chanh");
	}

	@Test
	void movingAUnitRewritesTheWholeSubtreeAndKeepsItsPastParent() {
		OrgUnit a = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Tân Thuận", "T.MV.TT");
		OrgUnit b = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Phong", "T.MV.VP");
		OrgUnit sub = unit(a.getId(), OrgUnitKind.GRASSROOTS_COMMITTEE, "Đảng ủy cơ sở Trung tâm Y tế", "T.MV.TTYT");
		OrgUnit cell = unit(sub.getId(), OrgUnitKind.CELL, "Chi bộ Khoa Nội", "T.MV.KN");

		this.orgChanges.move(this.system, sub.getId(), b.getId(), LocalDate.of(2026, 1, 1),
				this.org.get(sub.getId()).getVersion());

		OrgUnit movedCell = this.org.get(cell.getId());
		assertThat(movedCell.getPath()).startsWith(this.org.get(b.getId()).getPath() + sub.getId() + "/");
		assertThat(movedCell.getDepth()).isEqualTo(this.org.get(b.getId()).getDepth() + 2);
		assertThat(this.org.parentHistory(this.system, sub.getId())).extracting(OrgUnits.ParentPeriod::parentId)
			.containsExactly(a.getId(), b.getId());
	}

	@Test
	void aUnitCannotMoveIntoItsOwnSubtree() {
		OrgUnit a = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Bình Minh", "T.LOOP.BM");
		OrgUnit sub = unit(a.getId(), OrgUnitKind.GRASSROOTS_COMMITTEE, "Đảng ủy cơ sở Trường THPT", "T.LOOP.THPT");
		assertThatThrownBy(() -> this.orgChanges.move(this.system, a.getId(), sub.getId(), LocalDate.now(),
				this.org.get(a.getId()).getVersion()))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("org.moveIntoItself"));
	}

	@Test
	void mergingCommunesMovesTheirCellsClosesThemAndKeepsTheirPast() {
		LocalDate mergeDay = LocalDate.of(2025, 7, 1);
		OrgUnit oldA = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Bình Nam", "T.MG.VBN",
				LocalDate.of(2015, 1, 1));
		OrgUnit oldB = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy thị trấn Vĩnh Thuận",
				"T.MG.TTVT", LocalDate.of(2015, 1, 1));
		OrgUnit cellA = unit(oldA.getId(), OrgUnitKind.CELL, "Chi bộ ấp Bến Đò", "T.MG.BD", LocalDate.of(2015, 1, 1));
		OrgUnit cellB = unit(oldB.getId(), OrgUnitKind.CELL, "Chi bộ khu phố 3", "T.MG.KP3", LocalDate.of(2015, 1, 1));
		member("Đặng Văn Nghĩa", "93100001", cellA);
		member("Bùi Thị Thu", "93100002", cellA);
		member("Hồ Văn Tài", "93100003", cellB);
		OrgUnit merged = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Vĩnh Thuận", "T.MG.VT",
				mergeDay);

		OrgService.MergeResult result = this.orgChanges.merge(this.system, merged.getId(),
				List.of(oldA.getId(), oldB.getId()), mergeDay);

		assertThat(result.closedUnits()).isEqualTo(2);
		assertThat(result.movedUnits()).isEqualTo(2);
		assertThat(this.org.get(oldA.getId()).getValidTo()).isEqualTo(mergeDay);
		assertThat(this.org.get(oldA.getId()).getMergedIntoId()).isEqualTo(merged.getId());
		assertThat(this.org.get(cellA.getId()).getParentId()).isEqualTo(merged.getId());
		assertThat(this.org.tree(this.system, merged.getId(), false).root().totalMembers()).isEqualTo(3);
		// Before the merger the members still count for the old communes; after it, for
		// the new one.
		assertThat(onRoll(oldA.getId(), mergeDay.minusDays(1))).isEqualTo(2);
		assertThat(onRoll(oldB.getId(), mergeDay.minusDays(1))).isEqualTo(1);
		assertThat(onRoll(merged.getId(), mergeDay.minusDays(1))).isZero();
		assertThat(onRoll(merged.getId(), mergeDay)).isEqualTo(3);
		assertThat(onRoll(oldA.getId(), mergeDay)).isZero();
		assertThat(this.audit.recent(null, "OrgUnit", 0, 50).getContent())
			.anySatisfy(e -> assertThat(e.getSummary()).contains("Hợp nhất").contains("Đảng ủy xã Vĩnh Bình Nam"));
	}

	@Test
	void mergingCellsMovesTheirMembersWithHistory() {
		LocalDate day = LocalDate.of(2025, 9, 1);
		OrgUnit commune = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Mỹ Thạnh", "T.MC.MT",
				LocalDate.of(2015, 1, 1));
		OrgUnit c1 = unit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Nghĩa Huấn", "T.MC.NH",
				LocalDate.of(2015, 1, 1));
		OrgUnit c2 = unit(commune.getId(), OrgUnitKind.CELL, "Chi bộ ấp Bến Đò 2", "T.MC.BD2",
				LocalDate.of(2015, 1, 1));
		member("Trương Văn Hậu", "93200001", c2);
		this.orgChanges.merge(this.system, c1.getId(), List.of(c2.getId()), day);
		assertThat(this.org.tree(this.system, c1.getId(), false).root().ownMembers()).isEqualTo(1);
		assertThat(onRoll(c2.getId(), day.minusDays(1))).isEqualTo(1);
		assertThat(onRoll(c1.getId(), day.minusDays(1))).isZero();
	}

	@Test
	void closingRefusesUnitsThatStillHaveMembers() {
		assertThatThrownBy(() -> this.orgChanges.close(this.system, this.fx.cellCc(), LocalDate.now(),
				this.org.get(this.fx.cellCc()).getVersion()))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("org.closeHasMembers"));
	}

	@Test
	void aStaleVersionIsRefusedNotOverwritten() {
		OrgUnit u = unit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Phong Đông 2", "T.VER.PD2");
		long loaded = u.getVersion();
		this.orgChanges.update(this.system, u.getId(), new UnitCommands.UnitChanges("Đảng ủy xã Phong Đông Hai",
				u.getKind(), u.getShortCode(), "ĐU", u.getValidFrom(), loaded));
		assertThatThrownBy(() -> this.orgChanges.update(this.system, u.getId(),
				new UnitCommands.UnitChanges("Tên khác", u.getKind(), u.getShortCode(), "ĐU", u.getValidFrom(),
						loaded)))
			.isInstanceOfSatisfying(AppException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.staleVersion"));
		assertThat(this.org.get(u.getId()).getName()).isEqualTo("Đảng ủy xã Phong Đông Hai");
	}

	private long onRoll(long unitId, LocalDate date) {
		return this.search.countsAsOf(unitId, date)
			.entrySet()
			.stream()
			.filter(e -> e.getKey().onRoll())
			.mapToLong(java.util.Map.Entry::getValue)
			.sum();
	}

	private OrgUnit unit(long parent, OrgUnitKind kind, String name, String code) {
		return unit(parent, kind, name, code, LocalDate.of(2025, 7, 1));
	}

	private OrgUnit unit(long parent, OrgUnitKind kind, String name, String code, LocalDate from) {
		return this.orgChanges.create(this.system, new NewUnit(parent, kind, name, code, "ĐU", from));
	}

	private void member(String name, String card, OrgUnit cell) {
		this.members.create(this.system,
				new MemberData(name, Gender.MALE, LocalDate.of(1968, 3, 2), card, LocalDate.of(1990, 9, 2),
						LocalDate.of(1991, 9, 2), null, cell.getId(), "Đảng viên", null, MemberStatus.ACTIVE,
						LocalDate.of(2010, 1, 1), false));
	}

}
