package vn.tuyengiao.member;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Defect 5 of issue 12: the member list stopped at "Hơn 1.000 kết quả", page 40 of 40,
 * and most members of a province could not be reached. A cell of Phong Đông with 1.130
 * members: the province officer follows "Trang sau" to the last of them, in name order;
 * sorting is by whitelisted columns only; the export holds every one; the officer of the
 * sibling commune Vĩnh Bình Bắc is refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberListPagingTest {

	static final int MEMBERS = 1_130;

	static final Pattern ROW = Pattern.compile("<a href=\"/members/(\\d+)\">([^<]+)</a>");

	static final Pattern NEXT = Pattern
		.compile("class=\"btn btn-sm btn-outline-secondary pager-next\" href=\"([^\"]+)\"");

	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi" };

	static final String[] GIVEN = { "Văn Ánh", "Thị Bích", "Hữu Đức", "Thị Ngọc Hân", "Minh Khôi", "Thị Út" };

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberImporter importer;

	@Autowired
	OrgService org;

	@Autowired
	Fixture.Data fx;

	long cell;

	@BeforeAll
	void aBigCell() {
		this.cell = this.org
			.create(Scope.system(),
					new NewUnit(this.fx.communePd(), OrgUnitKind.CELL, "Chi bộ ấp Phú Hòa (đông)", "T.PD.PH", "CB",
							LocalDate.of(2025, 7, 1)))
			.getId();
		List<MemberData> rows = new ArrayList<>();
		for (int i = 0; i < MEMBERS; i++) {
			String name = FAMILY[i % FAMILY.length] + " " + GIVEN[i % GIVEN.length] + " " + (1000 + i);
			rows.add(new MemberData(name, i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
					LocalDate.of(1950, 1, 1).plusDays(i * 11L), "9410" + (1000 + i), LocalDate.of(2000, 1, 1),
					LocalDate.of(2001, 1, 1), null, this.cell, "Đảng viên", null, MemberStatus.ACTIVE,
					LocalDate.of(2020, 1, 1), false));
		}
		this.importer.bulkInsert(rows);
	}

	@Test
	void theProvinceOfficerReachesEveryMemberPageByPageInNameOrder() throws Exception {
		List<String> names = new ArrayList<>();
		String url = "/members?unit=" + this.cell;
		int pages = 0;
		while (url != null) {
			String html = page(url, "canbo.tinh.t");
			pages++;
			if (pages == 1) {
				assertThat(html).contains("Hơn 1.000 kết quả").contains("Dòng 1–50");
			}
			Matcher m = ROW.matcher(html);
			while (m.find()) {
				names.add(HtmlUtils.htmlUnescape(m.group(2)));
			}
			Matcher next = NEXT.matcher(html);
			url = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
			assertThat(pages).isLessThan(100);
		}
		assertThat(pages).isEqualTo(23);
		assertThat(names).hasSize(MEMBERS).doesNotHaveDuplicates();
		List<String> folded = names.stream().map(VietnameseText::fold).toList();
		assertThat(folded).isSorted();
		assertThat(names).contains("Bùi Thị Ngọc Hân 1015");
	}

	@Test
	void sortsByWhitelistedColumnsOnly() throws Exception {
		String youngestFirst = page("/members?unit=" + this.cell + "&sort=-birth", "canbo.tinh.t");
		Matcher m = ROW.matcher(youngestFirst);
		assertThat(m.find()).isTrue();
		assertThat(m.group(2)).isEqualTo("Trần Thị Bích " + (1000 + MEMBERS - 1));
		assertThat(youngestFirst).contains("aria-sort=\"descending\"");
		// A column name from the request is never put in the SQL: the list falls back to
		// names.
		String injected = page("/members?unit=" + this.cell + "&sort=m.id;drop table member", "canbo.tinh.t");
		Matcher first = ROW.matcher(injected);
		assertThat(first.find()).isTrue();
		assertThat(VietnameseText.fold(first.group(2))).startsWith("bui");
	}

	@Test
	void theExportHoldsEveryMemberOfTheFilteredList() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/members/export.xlsx").param("unit", "" + this.cell).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Set<String> names = new LinkedHashSet<>();
			var sheet = wb.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(names).hasSize(MEMBERS);
		}
	}

	@Test
	void theSiblingCommuneOfficerIsRefused() throws Exception {
		this.mvc.perform(get("/members").param("unit", "" + this.cell).param("after", "1").with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		String own = page("/members?sort=unit", "canbo.vbb");
		assertThat(own).doesNotContain("Ngọc Hân 1").contains("Nguyễn Văn Thắng");
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(user(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
