package vn.tuyengiao.press;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, item 4: required titles per kind of unit, compliance per unit as of a day
 * with the catalogue of that day, the roll-up with the lagging units named, the Excel
 * export.
 */
@IntegrationTest
class PressComplianceTest extends PressTestSupport {

	@Test
	void aCommuneSeesHowManyOfItsUnitsTakeEveryRequiredTitleAndWhichLag() throws Exception {
		Commune c = commune("PR1.VHH", "Vĩnh Hòa Hưng");
		Titles t = titles();
		LocalDate from = LocalDate.of(2025, 7, 1);
		// The commune committee takes the national and provincial party papers and Tạp
		// chí Cộng sản; cells directly under it four titles; cells under the school's
		// grassroots committee two (kinds written as officials write them).
		for (long title : List.of(t.nhanDan(), t.anGiang(), t.congSan())) {
			rule(c.commune(), "COMMUNE_COMMITTEE", null, title, from);
		}
		for (long title : List.of(t.nhanDan(), t.congSan(), t.quanDoi(), t.anGiang())) {
			rule(c.commune(), "Chi bộ trực thuộc", "Đảng ủy xã", title, from);
		}
		for (long title : List.of(t.nhanDan(), t.anGiang())) {
			rule(c.commune(), "chi bo truc thuoc", "Đảng ủy cơ sở", title, from);
		}
		for (long title : List.of(t.nhanDan(), t.anGiang(), t.congSan())) {
			subscribe(c.commune(), title, PeriodKind.YEAR, 2026, 1, 2);
		}
		for (long unit : List.of(c.cellA(), c.cellC())) {
			for (long title : List.of(t.nhanDan(), t.congSan(), t.quanDoi(), t.anGiang())) {
				subscribe(unit, title, PeriodKind.HALF, 2026, 1, 1);
			}
		}
		for (long title : List.of(t.nhanDan(), t.congSan(), t.anGiang())) {
			subscribe(c.cellB(), title, PeriodKind.QUARTER, 2026, 1, 1);
		}
		subscribe(c.schoolCell1(), t.nhanDan(), PeriodKind.YEAR, 2026, 1, 1);
		subscribe(c.schoolCell1(), t.anGiang(), PeriodKind.YEAR, 2026, 1, 1);
		subscribe(c.schoolCell2(), t.nhanDan(), PeriodKind.YEAR, 2026, 1, 1);

		LocalDate asOf = LocalDate.of(2026, 3, 1);
		PressCompliance.Compliance rollup = this.compliance.of(SYSTEM, c.commune(), asOf);
		// The school's grassroots committee itself has no rule: 6 units must take press.
		assertThat(rollup.required()).isEqualTo(6);
		assertThat(rollup.complete()).isEqualTo(4);
		assertThat(rollup.units()).filteredOn(l -> l.unitId() == c.cellA())
			.singleElement()
			.satisfies(l -> assertThat(l.kind()).isEqualTo(OrgUnitKind.CELL))
			.satisfies(l -> assertThat(l.required()).hasSize(4));
		assertThat(rollup.groups()).filteredOn(g -> g.unitId() == c.school())
			.singleElement()
			.satisfies(g -> assertThat(g.units()).isEqualTo(2))
			.satisfies(g -> assertThat(g.complete()).isEqualTo(1));

		PressSummary summary = this.summaries.forUnit(SYSTEM, c.commune(), asOf);
		assertThat(summary.rate()).isEqualTo("66,67%");
		assertThat(summary.sentence())
			.isEqualTo("Có 4/6 tổ chức đảng đặt đủ báo, tạp chí của Đảng bắt buộc (đạt 66,67%); "
					+ "còn 02 đơn vị chưa đặt đủ: Chi bộ ấp Hòa Long (thiếu Báo Quân đội nhân dân); "
					+ "Chi bộ Tổ Toán – Tin (thiếu Báo An Giang).");

		// In the second half-year, the two cells' half-year subscriptions have ended.
		assertThat(this.compliance.of(SYSTEM, c.commune(), LocalDate.of(2026, 7, 2)).complete()).isEqualTo(2);

		// The page shows the figures with the formula and names the lagging units.
		this.mvc
			.perform(get("/press").param("unit", String.valueOf(c.commune()))
				.param("asOf", "2026-03-01")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4/6")))
			.andExpect(content().string(containsString("66,67%")))
			.andExpect(content().string(containsString("Chi bộ ấp Hòa Long (thiếu Báo Quân đội nhân dân)")))
			.andExpect(content().string(containsString("01/03/2026")));

		// The Excel export: one row a unit, what it lacks.
		byte[] xlsx = this.mvc
			.perform(get("/press/compliance.xlsx").param("unit", String.valueOf(c.commune()))
				.param("asOf", "2026-03-01")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Còn thiếu");
			Row hoaLong = null;
			for (Row row : sheet) {
				if (row.getCell(1) != null && "Chi bộ ấp Hòa Long".equals(row.getCell(1).getStringCellValue())) {
					hoaLong = row;
				}
			}
			assertThat(hoaLong).isNotNull();
			assertThat(hoaLong.getCell(4).getStringCellValue()).isEqualTo("Báo Quân đội nhân dân");
			assertThat(hoaLong.getCell(6).getStringCellValue()).isEqualTo("Không");
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
		}
	}

	@Test
	void theRequiredTitleFollowsTheCatalogueOfTheDayAndAClosedTitleCannotBeSubscribedForAPeriodAfterItClosed()
			throws Exception {
		Commune c = commune("PR2.VT", "Vĩnh Tuy");
		Titles t = titles();
		rule(c.commune(), "CELL", "COMMUNE_COMMITTEE", t.kienGiang(), LocalDate.of(2020, 1, 1));
		String path = this.units.get(c.cellA()).getPath();
		var rules = this.catalogue.rulesAround(path);
		var byId = this.catalogue.titlesById();
		// Before the merger of 1 July 2025 the cell had to take Báo Kiên Giang; after it,
		// its successor Báo An Giang.
		assertThat(PressCatalogue.required(rules, byId, path, OrgUnitKind.CELL, OrgUnitKind.COMMUNE_COMMITTEE,
				LocalDate.of(2025, 3, 1)))
			.extracting(PressTitle::getName)
			.containsExactly("Báo Kiên Giang");
		assertThat(PressCatalogue.required(rules, byId, path, OrgUnitKind.CELL, OrgUnitKind.COMMUNE_COMMITTEE,
				LocalDate.of(2025, 9, 1)))
			.extracting(PressTitle::getName)
			.containsExactly("Báo An Giang");
		// A cell under a grassroots committee is not concerned by this rule.
		assertThat(PressCatalogue.required(rules, byId, path, OrgUnitKind.CELL, OrgUnitKind.GRASSROOTS_COMMITTEE,
				LocalDate.of(2025, 9, 1)))
			.isEmpty();

		// Subscribing to Báo An Giang for the third quarter of 2025 makes the cell
		// compliant then.
		subscribe(c.cellA(), t.anGiang(), PeriodKind.QUARTER, 2025, 3, 1);
		assertThat(this.compliance.of(SYSTEM, c.commune(), LocalDate.of(2025, 8, 15)).units())
			.filteredOn(l -> l.unitId() == c.cellA())
			.singleElement()
			.satisfies(l -> assertThat(l.complete()).isTrue());
		// The catalogue page shows the closed title with its closing date and successor.
		this.mvc.perform(get("/press/titles").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ngừng từ 01/07/2025")))
			.andExpect(content().string(containsString("kế tục: Báo An Giang")));
	}

}
