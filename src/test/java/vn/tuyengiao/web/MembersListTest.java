package vn.tuyengiao.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The members list names each member's commune beside the cell, and its export the cell's
 * name beside its code, so that same-named cells of several communes can be told apart.
 */
@IntegrationTest
class MembersListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Test
	void theListHasACommuneColumn() throws Exception {
		String page = this.mvc.perform(get("/members").param("q", "thang").with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<th class=\"d-none d-sm-table-cell\">Đảng bộ</th>")
			.contains("commune\">Đảng ủy xã Vĩnh Bình Bắc</td>")
			.contains("commune\">Đảng ủy xã Phong Đông</td>");
	}

	@Test
	void theExportHasTheCellNameBesideItsCode() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/members/export.xlsx").param("unit", String.valueOf(this.fx.cellVl1()))
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			int code = header.indexOf("Mã chi bộ");
			assertThat(header.get(code + 1)).isEqualTo("Tên chi bộ");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(code).getStringCellValue()).isEqualTo("T.VBB.VL1");
			assertThat(first.getCell(code + 1).getStringCellValue()).isEqualTo("Chi bộ ấp Vĩnh Lộc 1");
		}
	}

}
