package vn.tuyengiao.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages and API a user meets, rendered in Vietnamese with officials' number formats.
 */
@IntegrationTest
class WebPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	@Test
	void theDashboardCountsTheUsersScope() throws Exception {
		this.mvc.perform(get("/").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phạm vi: Đảng ủy xã Vĩnh Bình Bắc")))
			.andExpect(content().string(not(containsString("??"))))
			// The evaluation banner shows exactly when the database is the embedded one.
			.andExpect(content().string(vn.tuyengiao.support.TestDatabase.postgres()
					? not(containsString("Chế độ dùng thử")) : containsString("Chế độ dùng thử")));
	}

	@Autowired
	DemoDataStatus demoStatus;

	@Test
	void whileTheDemoDataIsLoadingEveryPageSaysSo() throws Exception {
		this.demoStatus.loading();
		try {
			this.mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"demo-loading-banner\"")))
				.andExpect(content().string(containsString("Đang nạp dữ liệu mẫu")));
			this.mvc.perform(get("/").with(user("canbo.vbb")))
				.andExpect(content().string(containsString("Đang nạp dữ liệu mẫu")));
		}
		finally {
			this.demoStatus.done();
		}
		this.mvc.perform(get("/login")).andExpect(content().string(not(containsString("Đang nạp dữ liệu mẫu"))));
	}

	@Test
	void aParameterThatCannotBeReadIsAVietnamese400AlsoWhenBoundToARequestRecord() throws Exception {
		this.mvc.perform(get("/study/campaigns/1/report").param("unit", "abc").with(user("canbo.vbb")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Yêu cầu không hợp lệ")));
		this.mvc
			.perform(post("/units/" + this.fx.cellVl1() + "/close").param("date", "31/02/2026")
				.param("version", "0")
				.with(csrf())
				.with(user("canbo.vbb")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ngày «31/02/2026» không phải là một ngày hợp lệ")));
	}

	@Test
	void theRefusedPageKeepsTheMenu() throws Exception {
		// A cell secretary opening a member of another cell: 403, with the menu to go on
		// from.
		this.mvc.perform(get("/members/{id}", this.fx.quyCc()).with(user("bithu.vl1")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("navbar")))
			.andExpect(content().string(containsString("Tổ chức đảng")));
	}

	@Test
	void theMembersExportOfAnotherCommunesCellIsRefusedBeforeTheDownloadStarts() throws Exception {
		this.mvc
			.perform(
					get("/members/export.xlsx").param("unit", String.valueOf(this.fx.cellCc())).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		byte[] own = this.mvc
			.perform(get("/members/export.xlsx").param("unit", String.valueOf(this.fx.cellVl1()))
				.with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(own).startsWith(new byte[] { 'P', 'K' });
	}

	@Test
	void everyPageHasTheFavicon() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(
					content().string(containsString("rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\"")));
		this.mvc.perform(get("/img/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")));
	}

	@Test
	void theTreeShowsRolledUpCounts() throws Exception {
		this.mvc.perform(get("/units").param("root", String.valueOf(this.fx.communeVbb())).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ ấp Vĩnh Lộc 1")))
			.andExpect(content().string(containsString("Chi bộ Trường Tiểu học Bình Minh")))
			.andExpect(content().string(not(containsString("Chi bộ ấp Cái Chanh"))));
	}

	@Test
	void everyPageRendersWithoutMissingMessages() throws Exception {
		String[] pages = { "/", "/units", "/units/" + this.fx.communeVbb(), "/units/new?parent=" + this.fx.communeVbb(),
				"/units/" + this.fx.communeVbb() + "/edit", "/units/" + this.fx.communeVbb() + "/merge", "/members",
				"/members?q=thang", "/members/" + this.fx.thangVl1(), "/members/" + this.fx.thangVl1() + "/edit",
				"/members/new", "/members/import", "/units/import", "/account/password", "/account/tokens", "/study",
				"/reports" };
		for (String page : pages) {
			MvcResult r = this.mvc.perform(get(page).with(user("canbo.tinh.t"))).andReturn();
			assertThat(r.getResponse().getStatus()).as(page).isEqualTo(200);
			assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(page).doesNotContain("??");
		}
		for (String page : new String[] { "/admin/users", "/admin/audit" }) {
			MvcResult r = this.mvc.perform(get(page).with(user("admin.t").roles("ADMIN"))).andReturn();
			assertThat(r.getResponse().getStatus()).as(page).isEqualTo(200);
			assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(page).doesNotContain("??");
		}
	}

	@Test
	void aMemberIsCreatedThroughTheForm() throws Exception {
		this.mvc
			.perform(post("/members").with(user("bithu.vl1"))
				.with(csrf())
				.param("fullName", "Trịnh Văn Đức")
				.param("gender", "MALE")
				.param("birthDate", "1982-07-27")
				.param("cardNumber", "95000001")
				.param("joinDate", "2008-03-26")
				.param("fullMemberDate", "2009-03-26")
				.param("unitCode", "T.VBB.VL1")
				.param("position", "Đảng viên")
				.param("status", "ACTIVE")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/members").param("q", "trinh van duc").with(user("bithu.vl1")))
			.andExpect(content().string(containsString("Trịnh Văn Đức")));
	}

	@Test
	void aFormWithAFutureBirthDateShowsTheFieldAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/members").with(user("bithu.vl1"))
				.with(csrf())
				.param("fullName", "Lưu Thị Sen")
				.param("gender", "FEMALE")
				.param("birthDate", "2099-01-01")
				.param("joinDate", "2008-03-26")
				.param("unitCode", "T.VBB.VL1")
				.param("status", "ACTIVE")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày sinh: không được là ngày trong tương lai")))
			.andExpect(content().string(containsString("Lưu Thị Sen")));
	}

	@Test
	void importThroughThePageRunsInTheBackgroundWithProgress() throws Exception {
		String csv = "Mã đơn vị,Tên tổ chức đảng,Loại,Mã đơn vị cấp trên,Ký hiệu văn bản,Hiệu lực từ,Hiệu lực đến\n"
				+ "T.VBB.VL2,Chi bộ ấp Vĩnh Lộc 2,Chi bộ trực thuộc,T.VBB,CB,01/07/2025,\n"
				+ "T.VBB.CA,Chi bộ Công an xã,Chi bộ trực thuộc,T.VBB,CB,01/07/2025,\n";
		MvcResult r = this.mvc
			.perform(multipart("/units/import")
				.file(new MockMultipartFile("file", "chi-bo.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String progress = r.getResponse().getRedirectedUrl();
		String page = "";
		for (int i = 0; i < 50 && !page.contains("Hoàn thành"); i++) {
			Thread.sleep(100);
			page = this.mvc.perform(get(progress + "/status").with(user("canbo.vbb")))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		assertThat(page).contains("Hoàn thành").contains("Đã nhập 2 dòng");
		this.mvc.perform(get(progress).with(user("bithu.vl1"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/units").param("root", String.valueOf(this.fx.communeVbb())).with(user("canbo.vbb")))
			.andExpect(content().string(containsString("Chi bộ ấp Vĩnh Lộc 2")));
	}

	@Test
	void theApiCreatesUpdatesAndDetectsStaleVersions() throws Exception {
		String created = this.mvc.perform(post("/api/v1/members").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"fullName":"Quách Thị Thu Trang","gender":"FEMALE","birthDate":"1991-10-20","cardNumber":"95000101",
							 "joinDate":"2016-12-22","unitCode":"T.VBB.THBM","position":"Giáo viên","status":"ACTIVE"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fullName").value("Quách Thị Thu Trang"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		String update = """
				{"fullName":"Quách Thị Thu Trang","gender":"FEMALE","birthDate":"1991-10-20","cardNumber":"95000101",
				 "joinDate":"2016-12-22","fullMemberDate":"2017-12-22","unitCode":"T.VBB.THBM","position":"Tổ trưởng",
				 "status":"ACTIVE","version":0}""";
		this.mvc
			.perform(put("/api/v1/members/{id}", id).with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.position").value("Tổ trưởng"));
		this.mvc
			.perform(put("/api/v1/members/{id}", id).with(httpBasic("canbo.vbb", Fixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("vừa được người khác sửa")));
		this.mvc.perform(post("/api/v1/members").with(httpBasic("canbo.vbb", Fixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"fullName":"","gender":"FEMALE","birthDate":"2030-01-01","joinDate":"2016-12-22","unitCode":"T.VBB.THBM"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("Họ và tên", "Ngày sinh")));
	}

	@Test
	void openApiDocumentsTheApiAndHealthIsUp() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/members']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/units/import']").exists());
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void unitExportRoundTripsThroughTheImportFormat() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/units/export.xlsx").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var table = vn.tuyengiao.tabular.TabularReader.readAll("x.xlsx", new java.io.ByteArrayInputStream(xlsx),
				10_000_000);
		assertThat(table.headers()).containsExactly("Mã đơn vị", "Tên tổ chức đảng", "Loại", "Mã đơn vị cấp trên",
				"Ký hiệu văn bản", "Hiệu lực từ", "Hiệu lực đến");
		assertThat(table.rows()).extracting(row -> row.cells().get(0))
			.contains("T.VBB", "T.VBB.VL1")
			.doesNotContain("T.PD.CC", "T.KG");
		assertThat(table.rows()).filteredOn(row -> row.cells().get(0).equals("T.VBB.VL1"))
			.singleElement()
			.satisfies(row -> assertThat(row.cells()).containsSubsequence("Chi bộ ấp Vĩnh Lộc 1", "Chi bộ trực thuộc",
					"T.VBB", "CB", "01/07/2025"));
	}

	@Test
	void exportGivesAnXlsxOfTheScope() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/members/export.xlsx").with(user("bithu.cc")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(
					header().string("Content-Disposition", containsString("attachment; filename=\"dang-vien.xlsx\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var table = vn.tuyengiao.tabular.TabularReader.readAll("x.xlsx", new java.io.ByteArrayInputStream(xlsx),
				10_000_000);
		assertThat(table.headers()).startsWith("Họ và tên", "Giới tính");
		assertThat(table.rows()).extracting(row -> row.cells().get(0))
			.contains("Lê Văn Thắng", "Nguyễn Thị Quý")
			.doesNotContain("Nguyễn Văn Thắng");
	}

}
