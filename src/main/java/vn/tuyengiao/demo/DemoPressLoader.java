package vn.tuyengiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.tuyengiao.press.DeliveryComplaints;
import vn.tuyengiao.press.FrequencyUnit;
import vn.tuyengiao.press.FundingSource;
import vn.tuyengiao.press.PeriodKind;
import vn.tuyengiao.press.PressCatalogue;
import vn.tuyengiao.press.PressCompliance;
import vn.tuyengiao.press.PressSubscriptions;
import vn.tuyengiao.press.PressTitle;
import vn.tuyengiao.press.TitleKind;

/**
 * Evaluation mode: the party press catalogue (national titles, and the provincial papers
 * merged on 1 July 2025 with their successors), the province's required-title rules per
 * kind of unit, this year's subscriptions of every unit of the demo province with a few
 * gaps (every seventh cell lacks one title, the last commune's school cells lack the
 * provincial paper), and seed 000's delivery complaint: a school cell's daily paper
 * arriving 1–2 times a week. Runs only when the catalogue is empty.
 */
@Component
@Order(7)
class DemoPressLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPressLoader.class);

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	private final OrgUnits org;

	private final PressCatalogue catalogue;

	private final PressSubscriptions subscriptions;

	private final PressCompliance compliance;

	private final DeliveryComplaints complaints;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final DemoDataDone done;

	private final Clock clock;

	DemoPressLoader(OrgUnits org, PressCatalogue catalogue, PressSubscriptions subscriptions,
			PressCompliance compliance, DeliveryComplaints complaints, TransactionTemplate tx, JdbcTemplate jdbc,
			DemoDataDone done, Clock clock) {
		this.org = org;
		this.catalogue = catalogue;
		this.subscriptions = subscriptions;
		this.compliance = compliance;
		this.complaints = complaints;
		this.tx = tx;
		this.jdbc = jdbc;
		this.done = done;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.done.wanted()) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from press_title", Integer.class);
		Scope system = Scope.system();
		List<OrgUnit> roots = this.org.roots(system);
		if (existing == null || existing > 0 || roots.isEmpty()) {
			return;
		}
		this.done.load("party press", () -> this.tx.executeWithoutResult(status -> load(system, roots.get(0))));
	}

	void load(Scope system, OrgUnit province) {
		Map<String, Long> t = catalogue(system);
		long nd = t.get("Báo Nhân Dân");
		long ag = t.get("Báo An Giang");
		long cs = t.get("Tạp chí Cộng sản");
		long qd = t.get("Báo Quân đội nhân dân");
		String letter = "Công văn số 25-CV/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy";
		rules(system, province, "COMMUNE_COMMITTEE", null, letter, nd, ag, cs);
		rules(system, province, "GRASSROOTS_COMMITTEE", null, letter, nd, ag);
		rules(system, province, "GRASSROOTS_CELL", null, letter, nd, ag);
		rules(system, province, "CELL", "COMMUNE_COMMITTEE", letter, nd, ag, cs, qd);
		rules(system, province, "CELL", "GRASSROOTS_COMMITTEE", letter, nd, ag);

		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		List<OrgUnit> communes = this.org.children(system, province.getId())
			.stream()
			.filter(u -> u.getKind() == OrgUnitKind.COMMUNE_COMMITTEE && !u.isClosed())
			.toList();
		PressCompliance.Compliance c = this.compliance.of(system, province.getId(), today);
		List<PressSubscriptions.Bulk> rows = new ArrayList<>();
		int cell = 0;
		String lastCommune = communes.size() < 2 ? "-" : communes.get(communes.size() - 1).getPath();
		for (PressCompliance.UnitLine line : c.units()) {
			boolean isCell = line.kind().holdsMembers();
			int n = isCell ? cell++ : -1;
			for (PressTitle title : line.required()) {
				// Realistic gaps: every seventh cell lacks Báo Quân đội nhân dân or Tạp
				// chí
				// Cộng sản; the last commune's school cells did not renew the provincial
				// paper.
				boolean gap = isCell && (n % 7 == 3 && (title.getId() == qd || title.getId() == cs)
						|| line.unitPath().startsWith(lastCommune) && n % 5 == 2 && title.getId() == ag);
				if (gap) {
					continue;
				}
				boolean quarterly = isCell && n % 4 == 1;
				int quarter = (today.getMonthValue() - 1) / 3 + 1;
				rows.add(new PressSubscriptions.Bulk(line.unitId(), line.unitPath(), title.getId(),
						quarterly ? PeriodKind.QUARTER : PeriodKind.YEAR, year, quarterly ? quarter : 1,
						isCell ? FundingSource.PARTY_FEE : FundingSource.BUDGET, isCell ? 1 : 2));
			}
		}
		this.subscriptions.load(system, rows);
		complaint(system, communes, nd, today);
		log.info("Demo party press loaded: {} titles, {} subscriptions", t.size(), rows.size());
	}

	private Map<String, Long> catalogue(Scope system) {
		Map<String, Long> ids = new HashMap<>();
		title(system, ids, "Báo Nhân Dân", "Trung ương Đảng Cộng sản Việt Nam", TitleKind.DAILY_NEWSPAPER, 7,
				FrequencyUnit.WEEK, LocalDate.of(1951, 3, 11), null, null);
		title(system, ids, "Tạp chí Cộng sản", "Trung ương Đảng Cộng sản Việt Nam", TitleKind.MAGAZINE, 2,
				FrequencyUnit.MONTH, LocalDate.of(1930, 8, 1), null, null);
		title(system, ids, "Báo Quân đội nhân dân", "Quân ủy Trung ương, Bộ Quốc phòng", TitleKind.DAILY_NEWSPAPER, 7,
				FrequencyUnit.WEEK, LocalDate.of(1950, 12, 20), null, null);
		title(system, ids, "Tạp chí Tuyên giáo", "Ban Tuyên giáo và Dân vận Trung ương", TitleKind.MAGAZINE, 1,
				FrequencyUnit.MONTH, LocalDate.of(2007, 1, 1), null, null);
		title(system, ids, "Tạp chí Xây dựng Đảng", "Ban Tổ chức Trung ương", TitleKind.MAGAZINE, 1,
				FrequencyUnit.MONTH, LocalDate.of(1991, 1, 1), null, null);
		title(system, ids, "Báo An Giang", "Tỉnh ủy An Giang", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1976, 1, 1), null, null);
		title(system, ids, "Báo Kiên Giang", "Tỉnh ủy Kiên Giang", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1976, 1, 1), MERGER, ids.get("Báo An Giang"));
		title(system, ids, "Báo Vĩnh Long", "Tỉnh ủy Vĩnh Long", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1976, 1, 1), null, null);
		title(system, ids, "Báo Đồng Khởi", "Tỉnh ủy Bến Tre", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1976, 1, 1), MERGER, ids.get("Báo Vĩnh Long"));
		title(system, ids, "Báo Trà Vinh", "Tỉnh ủy Trà Vinh", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1992, 5, 1), MERGER, ids.get("Báo Vĩnh Long"));
		return ids;
	}

	private void title(Scope system, Map<String, Long> ids, String name, String publisher, TitleKind kind, int issues,
			FrequencyUnit per, LocalDate from, LocalDate to, Long successor) {
		ids.put(name,
				this.catalogue
					.createTitle(system,
							new PressCatalogue.TitleForm(name, publisher, kind, issues, per, from, to, successor, null))
					.getId());
	}

	private void rules(Scope system, OrgUnit owner, String kind, String parent, String note, long... titles) {
		for (long title : titles) {
			this.catalogue.createRule(system, owner.getId(),
					new PressCatalogue.RuleForm(kind, parent, title, MERGER, null, note, null));
		}
	}

	/** Seed 000: a school cell's daily paper arrives once or twice a week. */
	private void complaint(Scope system, List<OrgUnit> communes, long nd, LocalDate today) {
		if (communes.isEmpty()) {
			return;
		}
		OrgUnit commune = communes.get(0);
		List<OrgUnit> cells = this.org.subtree(commune.getPath())
			.stream()
			.filter(u -> u.getKind().holdsMembers() && !u.isClosed())
			.toList();
		if (cells.isEmpty()) {
			return;
		}
		OrgUnit school = cells.stream().filter(u -> u.getName().contains("Trường")).findFirst().orElse(cells.get(0));
		String place = commune.getName().replaceFirst("^Đảng ủy ", "");
		this.complaints.record(system, school.getId(),
				new DeliveryComplaints.ComplaintForm(nd, null, 1, 2, today.minusMonths(2).withDayOfMonth(1), null,
						"Bưu điện " + place, "Nhiều số báo đến trễ 3 đến 5 ngày, có số không nhận được"));
	}

}
