package vn.tuyengiao.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.reporttemplate.SectionContext;
import vn.tuyengiao.reporttemplate.SectionSource;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The "supervision.visits" section of a periodic report for a province in the first half
 * of 2026: visits held and units visited, the shortcomings grouped by checklist item with
 * the units named, the remedies with their figures; every paragraph a draft.
 */
@IntegrationTest
class VisitsSectionTest {

	@Autowired
	List<SectionSource> sources;

	@Autowired
	OrgService orgs;

	@Autowired
	OrgUnits units;

	@Autowired
	SupervisionPlans plans;

	@Autowired
	SupervisionFindings findings;

	@Autowired
	UserService users;

	SectionSource section() {
		return this.sources.stream().filter(s -> s.key().equals("supervision.visits")).findFirst().orElseThrow();
	}

	@Test
	void theHalfYearSectionCountsVisitsAndGroupsShortcomingsByItem() {
		Scope system = Scope.system();
		String n = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
		LocalDate from = LocalDate.of(2015, 1, 1);
		OrgUnit province = this.orgs.create(system,
				new NewUnit(null, OrgUnitKind.PROVINCIAL_COMMITTEE, "Tỉnh ủy Trà Vinh " + n, "CN" + n, "TU", from));
		OrgUnit mlb = this.orgs.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Mỹ Long Bắc", "CN" + n + ".MLB", "ĐU", from));
		OrgUnit hmt = this.orgs.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy xã Hiệp Mỹ Tây", "CN" + n + ".HMT", "ĐU", from));
		OrgUnit tt = this.orgs.create(system, new NewUnit(province.getId(), OrgUnitKind.COMMUNE_COMMITTEE,
				"Đảng ủy thị trấn Cầu Ngang", "CN" + n + ".TT", "ĐU", from));
		SectionContext half = new SectionContext(system, province.getId(), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 6, 30));
		assertThat(section().draft(half)).containsExactly(Block.draft("Từ ngày 01/01/2026 đến ngày 30/06/2026, chưa"
				+ " tiến hành cuộc giám sát nào tại Tỉnh ủy Trà Vinh " + n + " và các đơn vị trực thuộc."));

		Plan plan = this.plans.create(system,
				new SupervisionPlans.NewPlan(province.getId(), PlanKind.THEMATIC,
						"Kế hoạch số 91-KH/TU ngày 23/02/2026 của Ban Thường vụ Tỉnh ủy",
						"Kết luận số 01-KL/TW và Đề án trang bị sách cho cơ sở", LocalDate.of(2026, 3, 1),
						LocalDate.of(2026, 12, 31), List.of(mlb.getId(), hmt.getId(), tt.getId()),
						List.of("canbo.tinh.t"), null));
		long vMlb = this.plans.addVisit(system, plan.id(), mlb.getId(), LocalDate.of(2026, 4, 8), List.of()).id();
		long vHmt = this.plans.addVisit(system, plan.id(), hmt.getId(), LocalDate.of(2026, 4, 15), List.of()).id();
		long vTt = this.plans.addVisit(system, plan.id(), tt.getId(), LocalDate.of(2026, 5, 6), List.of()).id();
		long vLater = this.plans.addVisit(system, plan.id(), mlb.getId(), LocalDate.of(2026, 9, 20), List.of()).id();
		shortcoming(vMlb, "ETHICS_BOARD_KL01", "Bảng ở hội trường vẫn theo Chỉ thị 05", "2026-05-31");
		finding(vMlb, FindingKind.STRENGTH, "PLANS", "Có đủ kế hoạch cụ thể hóa", null, null);
		shortcoming(vHmt, "ETHICS_BOARD_KL01", "Bảng phai màu, nội dung theo Chỉ thị 05", "2026-07-30");
		String books = shortcoming(vHmt, "BOOKS_LOG", "Tủ sách không có sổ mượn", "2026-05-31");
		String boards = shortcoming(vTt, "BOARDS_5S", "Chỉ còn 01 bảng 5S", "2026-06-15");
		shortcoming(vLater, "SLOGANS", "Chưa treo khẩu hiệu", "2026-10-30");
		this.findings.reportRemedy(system, books, "Đã lập sổ theo dõi mượn sách", null, 0);
		this.findings.reviewRemedy(system, books, true, "Đạt", 1);
		this.findings.reportRemedy(system, boards, "Đã treo đủ bộ 5S", null, 0);

		String mlbL = this.units.label(mlb);
		String hmtL = this.units.label(hmt);
		String ttL = this.units.label(tt);
		List<Block> blocks = section().draft(half);
		assertThat(blocks).containsExactly(
				Block.draft("Từ ngày 01/01/2026 đến ngày 30/06/2026, đã tiến hành 03 cuộc giám sát theo 01 kế hoạch,"
						+ " tại 03 đơn vị: " + mlbL + "; " + hmtL + "; " + ttL + "."),
				Block.draft("Qua giám sát, ghi nhận 01 ưu điểm và 04 hạn chế."), Block.draft("Các hạn chế chủ yếu:"),
				new Block.Item("-",
						"Bảng chuẩn mực đạo đức vẫn còn nội dung theo Chỉ thị 05-CT/TW (02 đơn vị: " + mlbL + "; "
								+ hmtL + ").",
						true),
				new Block.Item("-", "Không có sổ theo dõi cho mượn sách (01 đơn vị: " + hmtL + ").", true),
				new Block.Item("-", "Chỉ còn treo 01 bảng 5S, không đủ bộ theo chỉ đạo (01 đơn vị: " + ttL + ").",
						true),
				Block.draft("Có 04 hạn chế được yêu cầu khắc phục; đã khắc phục xong và được Tổ giám sát chấp nhận"
						+ " 1/4, đạt 25,00%. Còn 03 hạn chế đang khắc phục (trong đó 01 hạn chế đơn vị đã báo cáo"
						+ " khắc phục, chờ Tổ giám sát xem xét). Đến ngày 30/06/2026, 02 hạn chế đã quá hạn khắc"
						+ " phục, tại: " + mlbL + "; " + ttL + "."));

		// One commune's report counts its own visits only; a sibling commune may not
		// draft it.
		assertThat(section().draft(new SectionContext(system, hmt.getId(), half.from(), half.to())).get(0))
			.isEqualTo(Block.draft("Từ ngày 01/01/2026 đến ngày 30/06/2026, đã tiến hành 01 cuộc giám sát theo 01"
					+ " kế hoạch, tại 01 đơn vị: " + hmtL + "."));
		Scope sibling = this.users.scopeOf("canbo.vbb");
		assertThatThrownBy(() -> section().draft(new SectionContext(sibling, province.getId(), half.from(), half.to())))
			.isInstanceOf(AppException.class);
	}

	String shortcoming(long visit, String item, String note, String deadline) {
		return finding(visit, FindingKind.SHORTCOMING, item, note, "Khắc phục theo yêu cầu của Tổ giám sát",
				LocalDate.parse(deadline));
	}

	String finding(long visit, FindingKind kind, String item, String note, String remedy, LocalDate deadline) {
		String uuid = UUID.randomUUID().toString();
		this.findings.record(Scope.system(), visit,
				new SupervisionFindings.NewFinding(uuid, kind, item, note, null, remedy, null, null, deadline));
		return uuid;
	}

}
