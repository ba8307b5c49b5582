package vn.tuyengiao.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnitLabelsTest {

	@Autowired
	OrgUnits org;

	@Autowired
	OrgService orgChanges;

	@Autowired
	Fixture.Data fx;

	@Test
	void cellsOfAMergedCommuneAreNamedByTheOldCommuneTheyCameFrom() {
		MergedCommune bm = MergedCommune.build(this.orgChanges, this.fx.province(), "T.LB1");
		Map<Long, String> labels = this.org.labels(this.org.children(this.org.get(bm.commune())));

		assertThat(labels).containsEntry(bm.policeFromBinhMinh(), "Chi bộ Công an xã (xã Bình Minh cũ)")
			.containsEntry(bm.policeFromVinhBinhNam(), "Chi bộ Công an xã (xã Vĩnh Bình Nam cũ)")
			.containsEntry(bm.policeFromVinhThuan(), "Chi bộ Công an xã (xã Vĩnh Thuận cũ)")
			.containsEntry(bm.militiaFromVinhThuan(), "Chi bộ Quân sự xã (xã Vĩnh Thuận cũ)");
		assertThat(labels.values()).doesNotHaveDuplicates();
		// Alone in a list, a cell is still told apart from its namesake siblings.
		assertThat(this.org.labelOf(bm.policeFromVinhBinhNam())).isEqualTo("Chi bộ Công an xã (xã Vĩnh Bình Nam cũ)");
	}

	@Test
	void aUniqueNameStaysBare() {
		assertThat(this.org.labelOf(this.fx.cellVl1())).isEqualTo("Chi bộ ấp Vĩnh Lộc 1");
		assertThat(this.org.labelsOf(List.of(this.fx.cellVl1(), this.fx.cellCc())).values())
			.containsExactlyInAnyOrder("Chi bộ ấp Vĩnh Lộc 1", "Chi bộ ấp Cái Chanh");
	}

	@Test
	void namesakesUnderDifferentParentsAreNamedByTheirParentInOneList() {
		// A commune of its own, so that no other test's commune gains a namesake cell.
		OrgUnit commune = this.orgChanges.create(Scope.system(), new NewUnit(this.fx.province(),
				OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Thạnh Lộc", "T.LB2", "ĐU", LocalDate.of(2025, 7, 1)));
		OrgUnit other = this.orgChanges.create(Scope.system(), new NewUnit(commune.getId(), OrgUnitKind.CELL,
				"Chi bộ ấp Cái Chanh", "T.LB2.CC", "CB", LocalDate.of(2025, 7, 1)));

		Map<Long, String> labels = this.org.labelsOf(List.of(this.fx.cellCc(), other.getId()));

		assertThat(labels).containsEntry(this.fx.cellCc(), "Chi bộ ấp Cái Chanh (xã Phong Đông)")
			.containsEntry(other.getId(), "Chi bộ ấp Cái Chanh (xã Thạnh Lộc)");
		// Each alone is unambiguous under its own parent.
		assertThat(this.org.labelOf(other.getId())).isEqualTo("Chi bộ ấp Cái Chanh");
	}

	@Test
	void namesakeSiblingsWithNoHistoryFallBackToTheirCodes() {
		OrgUnit commune = this.orgChanges.create(Scope.system(), new NewUnit(this.fx.province(),
				OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Thạnh Đông", "T.LB3", "ĐU", LocalDate.of(2025, 7, 1)));
		OrgUnit a = this.orgChanges.create(Scope.system(), new NewUnit(commune.getId(), OrgUnitKind.CELL,
				"Chi bộ Cơ quan", "T.LB3.A", "CB", LocalDate.of(2025, 7, 1)));
		OrgUnit b = this.orgChanges.create(Scope.system(), new NewUnit(commune.getId(), OrgUnitKind.CELL,
				"Chi bộ Cơ quan", "T.LB3.B", "CB", LocalDate.of(2025, 7, 1)));

		assertThat(this.org.labels(List.of(a, b))).containsEntry(a.getId(), "Chi bộ Cơ quan (mã T.LB3.A)")
			.containsEntry(b.getId(), "Chi bộ Cơ quan (mã T.LB3.B)");
	}

}
