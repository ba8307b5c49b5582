package vn.tuyengiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.text.VnFormat;

/**
 * Communes merged after the district asked them for a report: what they still owe passes
 * to the commune they were merged into, once however many of them owed it, with the step
 * in the history; a report already submitted stays with the unit that sent it.
 */
@IntegrationTest
class ObligationsPassToSuccessorTest {

	@Autowired
	OrgService orgChanges;

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

	@Test
	void whatMergedCommunesStillOweGoesToTheirSuccessorOnce() {
		LocalDate old = LocalDate.of(2015, 1, 1);
		LocalDate today = LocalDate.now(this.clock);
		OrgUnit district = this.orgChanges.create(this.system, new NewUnit(this.fx.province(),
				OrgUnitKind.DISTRICT_COMMITTEE, "Huyện ủy Mỏ Cày Bắc (hợp nhất sau)", "R.PS", "HU", old));
		OrgUnit thanhThoiA = commune(district, "Đảng ủy xã Thành Thới A", "R.PS.TTA", old);
		OrgUnit thanhThoiB = commune(district, "Đảng ủy xã Thành Thới B", "R.PS.TTB", old);
		OrgUnit anThanh = commune(district, "Đảng ủy xã An Thạnh", "R.PS.AT", old);
		OrgUnit daPhuocHoi = commune(district, "Đảng ủy xã Đa Phước Hội", "R.PS.DPH", old);
		ReportRequest year = this.incoming.addRequest(this.system,
				this.incoming
					.register(this.system,
							new IncomingRegister.IncomingForm(district.getId(), "31-CV/BTGHU", today, today, null,
									"Ban Tuyên giáo Huyện ủy", "V/v báo cáo tổng kết năm"),
							null, null)
					.id(),
				new IncomingRegister.RequestForm(district.getId(), district.getId(), List.of(), ReportType.YEARLY,
						"tổng kết công tác tuyên giáo năm " + today.getYear(), today.withDayOfYear(1),
						today.withDayOfYear(today.lengthOfYear()), today.plusDays(10), null));
		assertThat(units(year)).containsExactlyInAnyOrder(thanhThoiA.getId(), thanhThoiB.getId(), anThanh.getId(),
				daPhuocHoi.getId());
		this.register.createBody(this.system, anThanh.getId(), anThanh.getName(), "ĐUAT", null, "Mỏ Cày Bắc");
		this.register.createTerm(this.system, anThanh.getId(), "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null);
		Obligation anThanhOwes = owed(year, anThanh);
		this.cycle.submit(this.system, anThanhOwes.id(), GiongTrom.writeAndIssue(this.consolidation, this.drafts,
				this.system, anThanhOwes.id(), List.of("Đã quán triệt Nghị quyết cho 100% chi bộ trực thuộc.")), null);

		// The two Thành Thới merge into a new commune; An Thạnh, which has submitted,
		// into Đa Phước Hội, which still owes.
		OrgUnit thanhThoi = commune(district, "Đảng ủy xã Thành Thới", "R.PS.TT", today);
		this.orgChanges.merge(this.system, thanhThoi.getId(), List.of(thanhThoiA.getId(), thanhThoiB.getId()), today);
		this.orgChanges.merge(this.system, daPhuocHoi.getId(), List.of(anThanh.getId()), today);

		assertThat(units(year)).containsExactlyInAnyOrder(thanhThoi.getId(), anThanh.getId(), daPhuocHoi.getId());
		ReportingCycle.RequestView view = this.cycle.request(this.system, year.id());
		assertThat(view.total().completeness()).isEqualTo("1/3 (33,33%)");
		assertThat(owed(year, anThanh).status()).isEqualTo(ObligationStatus.SUBMITTED);
		assertThat(this.cycle.inbox(this.system, thanhThoiA.getId())).isEmpty();
		assertThat(this.cycle.inbox(this.system, thanhThoiB.getId())).isEmpty();

		Obligation successor = owed(year, thanhThoi);
		assertThat(successor.status()).isEqualTo(ObligationStatus.DUE);
		assertThat(this.cycle.inbox(this.system, thanhThoi.getId())).extracting(Obligation::id)
			.containsExactly(successor.id());
		List<ObligationEvent> history = this.cycle.history(this.system, successor.id());
		assertThat(history).extracting(ObligationEvent::action).containsExactly("PASSED_ON", "PASSED_ON");
		String on = VnFormat.shortDate(today);
		assertThat(history).extracting(ObligationEvent::comment)
			.containsExactlyInAnyOrder(
					"Đảng ủy xã Thành Thới A hợp nhất vào Đảng ủy xã Thành Thới từ ngày " + on
							+ ": nghĩa vụ báo cáo chuyển sang đơn vị kế thừa",
					"Đảng ủy xã Thành Thới B hợp nhất vào Đảng ủy xã Thành Thới từ ngày " + on
							+ ": nghĩa vụ báo cáo chuyển sang đơn vị kế thừa");
		assertThat(this.cycle.history(this.system, owed(year, daPhuocHoi).id())).isEmpty();
	}

	private Obligation owed(ReportRequest r, OrgUnit unit) {
		return this.cycle.request(this.system, r.id())
			.obligations()
			.stream()
			.filter(o -> o.unitId() == unit.getId())
			.findFirst()
			.orElseThrow();
	}

	private List<Long> units(ReportRequest r) {
		return this.cycle.request(this.system, r.id()).obligations().stream().map(Obligation::unitId).toList();
	}

	private OrgUnit commune(OrgUnit district, String name, String code, LocalDate from) {
		return this.orgChanges.create(this.system,
				new NewUnit(district.getId(), OrgUnitKind.COMMUNE_COMMITTEE, name, code, "ĐU", from));
	}

}
