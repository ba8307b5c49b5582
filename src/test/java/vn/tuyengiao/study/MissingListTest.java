package vn.tuyengiao.study;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.Gender;
import vn.tuyengiao.member.MemberData;
import vn.tuyengiao.member.MemberImporter;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Defect 5 of issue 12: "Đảng viên chưa học" of a province was one 66,000 px page with no
 * Excel and no print. A new cell of Phong Đông with 130 members nobody has taught yet:
 * the list shows 50 a page and "Trang sau" reaches the 130th; the export holds all 130 of
 * the cell; the sibling commune's officer is refused, on the page and the export.
 */
@IntegrationTest
class MissingListTest {

	static final Pattern ROW = Pattern.compile("<a href=\"/members/(\\d+)\">([^<]+)</a>");

	static final Pattern NEXT = Pattern
		.compile("class=\"btn btn-sm btn-outline-secondary pager-next\" href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	StudyService study;

	@Autowired
	OrgService org;

	@Autowired
	MemberImporter importer;

	@Autowired
	StudyAttendance attendance;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	@Test
	void theFollowUpListIsPagedExportedAndPrintable() throws Exception {
		long cell = this.org
			.create(Scope.system(),
					new NewUnit(this.fx.communePd(), OrgUnitKind.CELL, "Chi bộ ấp Tân Lợi", "T.PD.TL", "CB",
							LocalDate.of(2025, 7, 1)))
			.getId();
		List<MemberData> rows = new ArrayList<>();
		for (int i = 0; i < 130; i++) {
			rows.add(new MemberData("Trương Thị Mỹ Duyên " + (100 + i), Gender.FEMALE, LocalDate.of(1980, 3, 8),
					"9420" + (1000 + i), LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1), null, cell, "Đảng viên",
					null, MemberStatus.ACTIVE, LocalDate.of(2020, 1, 1), false));
		}
		this.importer.bulkInsert(rows);
		StudyCampaign c = this.study.createCampaign(Scope.system(),
				new StudyService.NewCampaign(this.fx.province(), "Học tập chuyên đề năm 2026 về đạo đức Hồ Chí Minh",
						DocumentKind.THEMATIC_TOPIC, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31), null,
						EnumSet.of(Audience.PARTY_MEMBERS), false));

		List<String> names = new ArrayList<>();
		String url = "/study/campaigns/" + c.getId() + "/missing?unit=" + cell;
		int pages = 0;
		while (url != null && pages < 10) {
			String html = page(url, "canbo.tinh.t");
			pages++;
			if (pages == 1) {
				assertThat(html).contains("Tổng số: 130").contains("Xuất Excel").contains("data-print");
			}
			Matcher m = ROW.matcher(html);
			int onPage = 0;
			while (m.find()) {
				names.add(HtmlUtils.htmlUnescape(m.group(2)));
				onPage++;
			}
			assertThat(onPage).isLessThanOrEqualTo(50);
			Matcher next = NEXT.matcher(html);
			url = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(names).hasSize(130).doesNotHaveDuplicates().isSorted();

		byte[] xlsx = this.mvc
			.perform(get("/study/campaigns/{id}/missing.xlsx", c.getId()).param("unit", "" + cell)
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Họ và tên");
			assertThat(sheet.getLastRowNum()).isEqualTo(130);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Chi bộ ấp Tân Lợi");
		}

		// Ticked on a class's roll, three members leave the list; unticked, one comes
		// back.
		StudySession session = this.study.createSession(Scope.system(),
				new StudyService.NewSession(c.getId(), this.fx.communePd(), "Hội nghị học tập chuyên đề năm 2026",
						SessionFormat.IN_PERSON, null, LocalDate.of(2026, 3, 10), "Hội trường xã", "Bí thư Đảng ủy",
						EnumSet.of(Audience.PARTY_MEMBERS), false));
		List<Long> ids = this.jdbc.queryForList("select id from member where unit_id = ? order by id", Long.class,
				cell);
		this.attendance.setCellAttendance(Scope.system(), session.getId(), cell, ids.subList(0, 3));
		String after = page("/study/campaigns/" + c.getId() + "/missing?unit=" + cell, "canbo.tinh.t");
		assertThat(after).contains("Tổng số: 127").doesNotContain("Trương Thị Mỹ Duyên 100<");
		this.attendance.setCellAttendance(Scope.system(), session.getId(), cell, ids.subList(0, 2));
		assertThat(page("/study/campaigns/" + c.getId() + "/missing?unit=" + cell, "canbo.tinh.t"))
			.contains("Tổng số: 128");

		this.mvc
			.perform(get("/study/campaigns/{id}/missing", c.getId()).param("unit", "" + cell).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/study/campaigns/{id}/missing.xlsx", c.getId()).param("unit", "" + cell)
				.with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
