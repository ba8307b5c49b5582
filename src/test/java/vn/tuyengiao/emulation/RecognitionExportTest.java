package vn.tuyengiao.emulation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.MergedCommune;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, defect 5: the exemplars and awards lists export to Excel the rows the page
 * lists — the unit's, not a sibling's — with units told apart after a merger, and the
 * page offers the export.
 */
@IntegrationTest
class RecognitionExportTest extends ModelTestSupport {

	@Autowired
	ExemplarService exemplars;

	@Autowired
	AwardService awards;

	@Test
	void exemplarsExportListsTheUnitsRowsWithCellsToldApart() throws Exception {
		MergedCommune bm = MergedCommune.build(this.orgs, this.fx.province(), "T.XG");
		Commune other = commune("T.XK", "Xuân Khánh");
		exemplar(bm.policeFromBinhMinh(), "Trần Văn Gương", "Bắt giữ 02 đối tượng trộm cắp tài sản của dân");
		exemplar(bm.policeFromVinhThuan(), "Lê Văn Sáng", "Vận động nhân dân giao nộp 03 khẩu súng tự chế");
		exemplar(other.cellA(), "Ngô Thị Ngoài", "Hiến 200 m² đất làm đường");

		assertThat(page("/exemplars?unit=" + bm.commune())).contains("/exemplars/export.xlsx?unit=" + bm.commune());
		List<List<String>> rows = sheet("/exemplars/export.xlsx?unit=" + bm.commune());
		assertThat(rows.get(0)).startsWith("STT", "Tập thể / cá nhân", "Tên tập thể, cá nhân", "Đơn vị");
		assertThat(rows).hasSize(3);
		assertThat(rows.subList(1, 3).stream().map(r -> r.get(2) + " | " + r.get(3))).containsExactlyInAnyOrder(
				"Trần Văn Gương | Chi bộ Công an xã (xã Bình Minh cũ)",
				"Lê Văn Sáng | Chi bộ Công an xã (xã Vĩnh Thuận cũ)");
	}

	@Test
	void awardsExportListsTheUnitsDecisionsOnly() throws Exception {
		Commune a = commune("T.XA", "Xuân An");
		Commune b = commune("T.XB", "Xuân Bình");
		award(a.commune(), "15-QĐ/ĐU", a.cellA());
		award(b.commune(), "16-QĐ/ĐU", b.cellA());

		assertThat(page("/awards?unit=" + a.commune())).contains("/awards/export.xlsx?unit=" + a.commune());
		List<List<String>> rows = sheet("/awards/export.xlsx?unit=" + a.commune());
		assertThat(rows.get(0)).startsWith("STT", "Số quyết định / tờ trình", "Ngày quyết định / đề nghị");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).contains("15-QĐ/ĐU", "Đảng ủy xã Xuân An");
		assertThat(String.join(" ", rows.get(1))).doesNotContain("16-QĐ/ĐU");
	}

	private void exemplar(long cell, String name, String deeds) {
		this.exemplars.create(Scope.system(), new ExemplarService.NewExemplar(HolderKind.INDIVIDUAL, cell, null, name,
				deeds, LocalDate.of(2026, 6, 1), DiscoveryMethod.values()[0], ExemplarCategory.values()[0], null));
	}

	private void award(long issuer, String number, long cell) {
		this.awards.create(Scope.system(),
				new AwardService.NewAward(issuer, false, null, AwardForm.CERTIFICATE, number, LocalDate.of(2026, 9, 2),
						"Có thành tích xuất sắc trong học tập và làm theo Bác năm 2026", null, null,
						List.of(AwardService.Recipient.collective(cell))));
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private List<List<String>> sheet(String url) throws Exception {
		byte[] bytes = this.mvc.perform(get(url).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> out = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet s = wb.getSheetAt(0);
			for (Row r : s) {
				List<String> cells = new ArrayList<>();
				r.forEach(c -> cells.add(c.toString()));
				out.add(cells);
			}
		}
		return out;
	}

}
