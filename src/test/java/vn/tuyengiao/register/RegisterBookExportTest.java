package vn.tuyengiao.register;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sổ văn bản đi as .xlsx: the filtered book with every row (more than one page), the
 * paper book's headers, dates dd/mm/yyyy; a sibling unit's officer is refused before any
 * byte is written, through the page link and the API.
 */
@IntegrationTest
class RegisterBookExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentRegister register;

	@Autowired
	Fixture.Data fx;

	@Autowired
	vn.tuyengiao.org.OrgService orgChanges;

	private long commune(String name, String code) {
		return this.orgChanges
			.create(Scope.system(),
					new vn.tuyengiao.org.UnitCommands.NewUnit(this.fx.province(),
							vn.tuyengiao.org.OrgUnitKind.COMMUNE_COMMITTEE, name, code, "ĐU", LocalDate.of(2010, 1, 1)))
			.getId();
	}

	@Test
	void theWorkbookHoldsEveryFilteredRowUnderThePaperBooksHeaders() throws Exception {
		long commune = commune("Đảng ủy xã Long Phú", "BX.LP");
		IssuingBody body = this.register.createBody(Scope.system(), commune, "Ban Tuyên giáo Đảng ủy xã Long Phú",
				"BTGXK", "ĐẢNG ỦY XÃ LONG PHÚ", "Long Phú");
		if (this.register.terms(Scope.system(), commune).stream().noneMatch(t -> t.covers(LocalDate.of(2025, 8, 1)))) {
			this.register.createTerm(Scope.system(), commune, "Nhiệm kỳ 2025–2030 (sổ)", LocalDate.of(2025, 7, 1),
					null);
		}
		int n = RegisterEntries.PAGE + 7;
		for (int i = 1; i <= n; i++) {
			this.register.issue(Scope.system(), body.getId(), "BC", "kết quả học tập nghị quyết đợt " + i + " năm 2025",
					LocalDate.of(2025, 8, 1).plusDays(i % 20));
		}
		// The page offers the export of the same filter.
		String page = this.mvc
			.perform(get("/register/entries").param("body", String.valueOf(body.getId())).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Xuất Excel").contains("/register/entries.xlsx?body=" + body.getId());

		for (String url : List.of("/register/entries.xlsx", "/api/v1/register/entries.xlsx")) {
			byte[] xlsx = this.mvc
				.perform(get(url).param("body", String.valueOf(body.getId())).with(user("canbo.tinh.t")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition",
						org.hamcrest.Matchers.containsString("so-van-ban-di.xlsx")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				Sheet sheet = wb.getSheetAt(0);
				assertThat(wb.getSheetName(0)).isEqualTo("Sổ văn bản đi");
				DataFormatter fmt = new DataFormatter();
				List<String> headers = new ArrayList<>();
				sheet.getRow(0).forEach(c -> headers.add(fmt.formatCellValue(c)));
				assertThat(headers).containsExactly("Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu", "Người ký",
						"Nơi nhận", "Đơn vị, người nhận bản lưu", "Số lượng bản / tệp");
				List<String> numbers = new ArrayList<>();
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					numbers.add(fmt.formatCellValue(sheet.getRow(r).getCell(0)));
				}
				assertThat(numbers).hasSize(n).doesNotHaveDuplicates().contains("01-BC/BTGXK", n + "-BC/BTGXK");
				Row last = sheet.getRow(numbers.indexOf("01-BC/BTGXK") + 1);
				assertThat(fmt.formatCellValue(last.getCell(1))).isEqualTo("02/08/2025");
				assertThat(last.getCell(2).getStringCellValue())
					.isEqualTo("Báo cáo kết quả học tập nghị quyết đợt 1 năm 2025");
				assertThat(last.getCell(5).getStringCellValue()).isEqualTo("Ban Tuyên giáo Đảng ủy xã Long Phú");
			}
		}
		// Filtered: one subject, one row.
		byte[] one = this.mvc
			.perform(get("/api/v1/register/entries.xlsx").param("body", String.valueOf(body.getId()))
				.param("q", "đợt 13 năm")
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(one))) {
			assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("13-BC/BTGXK");
		}
	}

	@Test
	void aSiblingUnitsOfficerIsRefusedTheWorkbook() throws Exception {
		long commune = commune("Đảng ủy xã Long Hòa", "BX.LH");
		IssuingBody body = this.register.createBody(Scope.system(), commune, "Ban Dân vận Đảng ủy xã Long Hòa", "BDVXK",
				"ĐẢNG ỦY XÃ LONG HÒA", "Long Hòa");
		this.mvc
			.perform(get("/register/entries.xlsx").param("body", String.valueOf(body.getId())).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/register/entries.xlsx").param("body", String.valueOf(body.getId()))
				.with(user("canbo.vbb")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

}
