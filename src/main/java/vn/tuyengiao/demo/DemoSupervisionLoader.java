package vn.tuyengiao.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.supervision.Finding;
import vn.tuyengiao.supervision.FindingKind;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.PlanKind;
import vn.tuyengiao.supervision.SupervisionFindings;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.supervision.VisitSync;

/**
 * Evaluation mode: the demo province's 2026 thematic supervision plan on Kết luận
 * 01-KL/TW and the book programme, with visits to four communes (the demo commune
 * officer's and the viewer's among them), answers, strengths and shortcomings; most
 * remedies open, one reported, one accepted and one overdue. Runs only when no plan
 * exists yet.
 */
@Component
@Order(8)
class DemoSupervisionLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSupervisionLoader.class);

	private final OrgUnits org;

	private final SupervisionPlans plans;

	private final SupervisionFindings findings;

	private final VisitSync sync;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final DemoDataDone done;

	DemoSupervisionLoader(OrgUnits org, SupervisionPlans plans, SupervisionFindings findings, VisitSync sync,
			TransactionTemplate tx, JdbcTemplate jdbc, DemoDataDone done) {
		this.org = org;
		this.plans = plans;
		this.findings = findings;
		this.sync = sync;
		this.tx = tx;
		this.jdbc = jdbc;
		this.done = done;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from supervision_plan", Integer.class);
		Scope system = Scope.system();
		List<OrgUnit> roots = this.org.roots(system);
		if (existing == null || existing > 0 || roots.isEmpty()) {
			return;
		}
		this.done.load("supervision plan, visits and findings",
				() -> this.tx.executeWithoutResult(status -> load(system, roots.get(0))));
	}

	private void load(Scope system, OrgUnit province) {
		List<OrgUnit> communes = this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.toList();
		if (communes.isEmpty()) {
			return;
		}
		List<OrgUnit> visited = new ArrayList<>(communes.subList(0, Math.min(3, communes.size())));
		OrgUnit last = communes.get(communes.size() - 1);
		if (!visited.contains(last)) {
			visited.add(last);
		}
		Plan plan = this.plans.create(system,
				new SupervisionPlans.NewPlan(province.getId(), PlanKind.THEMATIC,
						"Kế hoạch số 91-KH/TU ngày 10/3/2026 của Ban Thường vụ Tỉnh ủy",
						"Việc thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Đề án trang bị sách"
								+ " cho cơ sở",
						LocalDate.of(2026, 3, 15), LocalDate.of(2026, 12, 31),
						visited.stream().map(OrgUnit::getId).toList(), List.of("canbo.tinh", "admin"), "canbo.tinh"));
		LocalDate[] dates = { LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 6),
				LocalDate.of(2026, 5, 20) };
		for (int i = 0; i < visited.size(); i++) {
			OrgUnit unit = visited.get(i);
			Visit visit = this.plans.addVisit(system, plan.id(), unit.getId(), dates[i], List.of());
			List<VisitSync.SyncAnswer> answers = List.of(answer("PLANS", "YES"), answer("SLOGANS", "YES"),
					answer("ETHICS_BOARD", "YES"), answer("ETHICS_BOARD_KL01", i % 2 == 0 ? "NO" : "YES"),
					answer("BOARDS_5S", i == 1 ? "1" : "5"), answer("BOOKS_LOG", i == 2 ? "YES" : "NO"),
					answer("OVERALL_GRADE", i == 0 ? "FAIR" : "GOOD"));
			List<SupervisionFindings.NewFinding> list = new ArrayList<>();
			list.add(finding(FindingKind.STRENGTH, "PLANS",
					"Xây dựng kế hoạch cụ thể hóa thực hiện Kết luận 01-KL/TW đúng thời gian, đảm bảo nội dung", null,
					dates[i], null));
			list.add(finding(FindingKind.SHORTCOMING, "BOOKS_LOG",
					"Cán bộ quản lý tủ sách không có sổ ghi chép việc cho mượn sách", "Lập sổ theo dõi cho mượn sách",
					dates[i], i == 0 ? LocalDate.of(2026, 6, 30) : LocalDate.of(2027, 3, 31)));
			if (i % 2 == 0) {
				list.add(finding(FindingKind.SHORTCOMING, "ETHICS_BOARD_KL01",
						"Bảng chuẩn mực đạo đức vẫn theo Chỉ thị 05-CT/TW",
						"Thay bảng chuẩn mực đạo đức theo Kết luận 01-KL/TW", dates[i], LocalDate.of(2027, 2, 28)));
			}
			if (i == 1) {
				list.add(finding(FindingKind.SHORTCOMING, "BOARDS_5S", "Chỉ còn treo duy nhất 01 bảng 5S",
						"Treo đủ bộ bảng 5S theo chỉ đạo", dates[i], LocalDate.of(2027, 1, 31)));
			}
			VisitSync.Result r = this.sync.sync(system, visit.id(),
					new VisitSync.Batch(null, answers, list, List.of()));
			if (r.findingsStored() == 0) {
				continue;
			}
			if (i == 1) {
				Finding books = this.findings.ofVisit(system, visit.id())
					.stream()
					.filter(f -> "BOARDS_5S".equals(f.itemCode()))
					.findFirst()
					.orElseThrow();
				this.findings.reportRemedy(system, books.uuid(), "Đã treo đủ 05 bảng 5S tại hội trường xã", null, 0);
			}
			if (i == 2) {
				Finding board = this.findings.ofVisit(system, visit.id())
					.stream()
					.filter(f -> "ETHICS_BOARD_KL01".equals(f.itemCode()))
					.findFirst()
					.orElseThrow();
				Finding reported = this.findings.reportRemedy(system, board.uuid(),
						"Đã thay bảng chuẩn mực đạo đức theo Kết luận 01-KL/TW", null, 0);
				this.findings.reviewRemedy(system, board.uuid(), true, "Đạt yêu cầu", reported.version());
			}
		}
		log.debug("Demo supervision plan {} with {} visits", plan.id(), visited.size());
	}

	private static VisitSync.SyncAnswer answer(String item, String value) {
		return new VisitSync.SyncAnswer(UUID.randomUUID().toString(), item, value, null, null, null);
	}

	private static SupervisionFindings.NewFinding finding(FindingKind kind, String item, String note, String remedy,
			LocalDate on, LocalDate deadline) {
		return new SupervisionFindings.NewFinding(UUID.randomUUID().toString(), kind, item, note, null, remedy, null,
				on, deadline);
	}

}
