package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

/**
 * Completeness and timeliness across the merger of 1 July 2025: An Khánh and Phú Túc
 * merge into the new commune Phú Túc (opened that day), Quới Sơn is dissolved, Tân Thạch
 * goes on. For 2025 as a whole the new commune answers for the two it replaced, once; for
 * the first half of 2025 the old communes answer; for the second half only the units open
 * then. Rates never exceed 100%.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinessAcrossMergerTest {

	@Autowired
	OrgService orgChanges;

	@Autowired
	OrgUnits org;

	@Autowired
	DocumentRegister register;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	IncomingRegister incoming;

	@Autowired
	ReportingCycle cycle;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Clock clock;

	@Autowired
	Fixture.Data fx;

	final Scope system = Scope.system();

	OrgUnit district;

	OrgUnit anKhanh;

	OrgUnit phuTuc;

	OrgUnit quoiSon;

	OrgUnit tanThach;

	OrgUnit newPhuTuc;

	@BeforeAll
	void merge() {
		LocalDate old = LocalDate.of(2015, 1, 1);
		LocalDate merger = LocalDate.of(2025, 7, 1);
		this.district = this.orgChanges.create(this.system, new NewUnit(this.fx.province(),
				OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Châu Thành (sáp nhập)", "R.MG", "HU", old));
		this.anKhanh = commune("Đảng ủy xã An Khánh", "R.MG.AK", old);
		this.phuTuc = commune("Đảng ủy xã Phú Túc", "R.MG.PT", old);
		this.quoiSon = commune("Đảng ủy xã Quới Sơn", "R.MG.QS", old);
		this.tanThach = commune("Đảng ủy xã Tân Thạch", "R.MG.TT", old);
		this.newPhuTuc = commune("Đảng ủy xã Phú Túc mới", "R.MG.PTM", merger);
		this.orgChanges.merge(this.system, this.newPhuTuc.getId(), List.of(this.anKhanh.getId(), this.phuTuc.getId()),
				merger);
		this.orgChanges.close(this.system, this.quoiSon.getId(), merger,
				this.org.get(this.quoiSon.getId()).getVersion());
	}

	@Test
	void aWholeYearIsOwedByTheNewCommuneOnceAndTheDissolvedOneOwesNothing() {
		LocalDate today = LocalDate.now(this.clock);
		ReportRequest year = request("tổng kết công tác tuyên giáo năm 2025", LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), today.plusDays(20));
		assertThat(units(year)).containsExactly(this.tanThach.getId(), this.newPhuTuc.getId());

		submitFor(year, this.newPhuTuc, "PTM");
		ReportingCycle.RequestView view = this.cycle.request(this.system, year.id());
		assertThat(view.total().completeness()).isEqualTo("1/2 (50,00%)");
		assertThat(view.total().timeliness()).isEqualTo("1/2 (50,00%)");
	}

	@Test
	void theFirstHalfIsOwedByTheOldCommunesAndTheSecondHalfByTheUnitsOpenThen() {
		ReportRequest firstHalf = request("sơ kết 6 tháng đầu năm 2025", LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 20));
		assertThat(units(firstHalf)).containsExactlyInAnyOrder(this.anKhanh.getId(), this.phuTuc.getId(),
				this.quoiSon.getId(), this.tanThach.getId());
		assertThat(this.cycle.request(this.system, firstHalf.id()).total().completeness()).isEqualTo("0/4 (0,00%)");

		// A unit closed on 30/06/2025 owes nothing for a period after; its successor
		// does.
		ReportRequest secondHalf = request("công tác tuyên giáo 6 tháng cuối năm 2025", LocalDate.of(2025, 7, 1),
				LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 15));
		assertThat(units(secondHalf)).containsExactly(this.tanThach.getId(), this.newPhuTuc.getId());
		// Submitted now, after the deadline of 15/01/2026: complete but late.
		submitFor(secondHalf, this.tanThach, "TT");
		ReportingCycle.RequestView view = this.cycle.request(this.system, secondHalf.id());
		assertThat(view.total().completeness()).isEqualTo("1/2 (50,00%)");
		assertThat(view.total().timeliness()).isEqualTo("0/2 (0,00%)");
		assertThat(view.total().submitted()).isLessThanOrEqualTo(view.total().expected());
	}

	private ReportRequest request(String title, LocalDate from, LocalDate to, LocalDate deadline) {
		return this.incoming.addRequest(this.system,
				this.incoming
					.register(this.system,
							new IncomingRegister.IncomingForm(this.district.getId(), "12-CV/BTGTU", from,
									to.plusDays(1), null, "Ban Tuyên giáo Tỉnh ủy", "V/v báo cáo " + title),
							null, null)
					.id(),
				new IncomingRegister.RequestForm(this.district.getId(), this.district.getId(), List.of(),
						ReportType.AD_HOC, title, from, to, deadline, null));
	}

	private List<Long> units(ReportRequest r) {
		return this.cycle.request(this.system, r.id()).obligations().stream().map(Obligation::unitId).toList();
	}

	private void submitFor(ReportRequest r, OrgUnit unit, String abbreviation) {
		if (this.register.bodies(this.system).stream().noneMatch(b -> b.getUnitId().equals(unit.getId()))) {
			IssuingBody b = this.register.createBody(this.system, unit.getId(), unit.getName(), "ĐU" + abbreviation,
					null, "Châu Thành");
			this.register.createTerm(this.system, unit.getId(), "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null);
			assertThat(b.getId()).isNotNull();
		}
		Obligation o = this.cycle.request(this.system, r.id())
			.obligations()
			.stream()
			.filter(x -> x.unitId() == unit.getId())
			.findFirst()
			.orElseThrow();
		long draft = GiongTrom.writeAndIssue(this.consolidation, this.drafts, this.system, o.id(),
				List.of("Đã tổ chức quán triệt Nghị quyết cho 100% chi bộ trực thuộc."));
		this.cycle.submit(this.system, o.id(), draft, null);
	}

	private OrgUnit commune(String name, String code, LocalDate from) {
		return this.orgChanges.create(this.system,
				new NewUnit(this.district.getId(), OrgUnitKind.COMMUNE_COMMITTEE, name, code, "ĐU", from));
	}

}
