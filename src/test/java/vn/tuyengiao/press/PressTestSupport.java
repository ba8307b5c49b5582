package vn.tuyengiao.press;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;

/**
 * What the press tests share: the national and provincial titles (the catalogue is one
 * for the whole country, so each test class adds its own copies), a commune of its own
 * with cells directly under it and a school's grassroots committee with two cells.
 */
abstract class PressTestSupport {

	static final Scope SYSTEM = Scope.system();

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgs;

	@Autowired
	PressCatalogue catalogue;

	@Autowired
	PressSubscriptions subscriptions;

	@Autowired
	PressCompliance compliance;

	@Autowired
	SubscriptionRenewal renewal;

	@Autowired
	PressSummaries summaries;

	@Autowired
	DeliveryComplaints complaints;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	vn.tuyengiao.org.OrgUnits units;

	@Autowired
	Fixture.Data fx;

	record Titles(long nhanDan, long congSan, long quanDoi, long kienGiang, long anGiang) {
	}

	record Commune(long commune, long cellA, long cellB, long cellC, long school, long schoolCell1, long schoolCell2) {
	}

	Titles titles() {
		long nd = title("Báo Nhân Dân", "Trung ương Đảng Cộng sản Việt Nam", TitleKind.DAILY_NEWSPAPER, 7,
				FrequencyUnit.WEEK, LocalDate.of(1951, 3, 11), null, null);
		long cs = title("Tạp chí Cộng sản", "Trung ương Đảng Cộng sản Việt Nam", TitleKind.MAGAZINE, 2,
				FrequencyUnit.MONTH, LocalDate.of(1930, 8, 1), null, null);
		long qd = title("Báo Quân đội nhân dân", "Quân ủy Trung ương, Bộ Quốc phòng", TitleKind.DAILY_NEWSPAPER, 7,
				FrequencyUnit.WEEK, LocalDate.of(1950, 12, 20), null, null);
		long ag = title("Báo An Giang", "Tỉnh ủy An Giang", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1976, 1, 1), null, null);
		long kg = title("Báo Kiên Giang", "Tỉnh ủy Kiên Giang", TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK,
				LocalDate.of(1976, 1, 1), LocalDate.of(2025, 7, 1), ag);
		return new Titles(nd, cs, qd, kg, ag);
	}

	long title(String name, String publisher, TitleKind kind, int issues, FrequencyUnit per, LocalDate from,
			LocalDate to, Long successor) {
		return this.catalogue
			.createTitle(SYSTEM,
					new PressCatalogue.TitleForm(name, publisher, kind, issues, per, from, to, successor, null))
			.getId();
	}

	Commune commune(String code, String name) {
		LocalDate from = LocalDate.of(2025, 7, 1);
		OrgUnit c = this.orgs.create(SYSTEM,
				new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã " + name, code, "ĐU", from));
		long a = cell(c.getId(), "Chi bộ ấp Hòa Thạnh", code + ".HT");
		long b = cell(c.getId(), "Chi bộ ấp Hòa Long", code + ".HL");
		long d = cell(c.getId(), "Chi bộ Trường Tiểu học Bình Minh", code + ".TH");
		OrgUnit school = this.orgs.create(SYSTEM, new NewUnit(c.getId(), OrgUnitKind.GRASSROOTS_COMMITTEE,
				"Đảng bộ Trường THPT " + name, code + ".THPT", "ĐU", from));
		long s1 = cell(school.getId(), "Chi bộ Tổ Văn – Sử", code + ".THPT.VS");
		long s2 = cell(school.getId(), "Chi bộ Tổ Toán – Tin", code + ".THPT.TT");
		return new Commune(c.getId(), a, b, d, school.getId(), s1, s2);
	}

	long cell(long parent, String name, String code) {
		return this.orgs
			.create(SYSTEM, new NewUnit(parent, OrgUnitKind.CELL, name, code, "CB", LocalDate.of(2025, 7, 1)))
			.getId();
	}

	void rule(long owner, String kind, String parent, long title, LocalDate from) {
		this.catalogue.createRule(SYSTEM, owner,
				new PressCatalogue.RuleForm(kind, parent, title, from, null, "Công văn số 12-CV/ĐU", null));
	}

	PressSubscription subscribe(long unit, long title, PeriodKind kind, int year, int no, int copies) {
		return this.subscriptions.create(SYSTEM, unit, new PressSubscriptions.SubscriptionForm(title, kind, year, no,
				FundingSource.BUDGET, copies, null, null));
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
