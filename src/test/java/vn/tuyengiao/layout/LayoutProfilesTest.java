package vn.tuyengiao.layout;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentNumber;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.HtmlRenderer;
import vn.tuyengiao.report.LayoutProfile;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Signature;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator adjusts the layout profile on /admin/layout without a release: each
 * save is a new version (who, when, why), audited, and the next document rendered uses
 * it; bad values are refused in Vietnamese naming the field; a concurrent save is
 * refused; an officer cannot see or change it.
 */
@IntegrationTest
class LayoutProfilesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LayoutProfiles profiles;

	@Autowired
	DocxRenderer docx;

	@Autowired
	HtmlRenderer html;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreTheFile() {
		this.jdbc.update("delete from layout_profile_version");
	}

	@Test
	void anAdministratorSavesANewVersionAndTheNextDocumentUsesIt() throws Exception {
		String page = this.mvc.perform(get("/admin/layout").with(user("admin.t").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Thể thức văn bản của Đảng", "HD36-2018, phiên bản 1", "Cỡ chữ nội dung (pt)",
				"name=\"size.body.pt\"", "value=\"14\"", "Dòng lưu văn bản", "value=\"Lưu.\"", "Theo tệp cài đặt");

		this.mvc
			.perform(form(1, "size.body.pt", "13", "margin.left.mm", "35", "filing.line", "Lưu VT.", "note",
					"Theo Quy định 399-QĐ/TW năm 2026"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lưu phiên bản 2 của thể thức văn bản."));

		LayoutProfile current = this.profiles.current();
		assertThat(current.version()).isEqualTo("2");
		assertThat(current.sizes().bodyPt()).isEqualTo(13.0);
		assertThat(this.profiles.history())
			.extracting(LayoutProfiles.Version::version, LayoutProfiles.Version::createdBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "admin.t"),
					org.assertj.core.groups.Tuple.tuple(1, "system"));
		assertThat(this.profiles.history().get(0).note()).isEqualTo("Theo Quy định 399-QĐ/TW năm 2026");
		assertThat(this.jdbc.queryForList(
				"select details from audit_event where entity_type = 'LayoutProfile' and action = 'UPDATE' order by id desc",
				String.class))
			.first()
			.asString()
			.contains("size.body.pt: 14 → 13", "margin.left.mm: 30 → 35", "filing.line: Lưu. → Lưu VT.");

		// The renderer beans pick the new version up without a restart.
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(this.docx.render(report())))) {
			assertThat(d.getDocument().getBody().getSectPr().getPgMar().getLeft())
				.isEqualTo(BigInteger.valueOf(DocxRendererTwips.of(35)));
			XWPFParagraph body = d.getParagraphs()
				.stream()
				.filter(p -> p.getText().startsWith("Nội dung"))
				.findFirst()
				.orElseThrow();
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
		}
		assertThat(this.html.markup(report())).contains("- Lưu VT.").doesNotContain("- Lưu.<");
		assertThat(this.html.stylesheet()).contains("font-size: 13pt", "padding: 20mm 15mm 20mm 35mm");

		String after = this.mvc.perform(get("/admin/layout").with(user("admin.t").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("HD36-2018, phiên bản 2", "Theo Quy định 399-QĐ/TW năm 2026", "admin.t");
	}

	@Test
	void valuesOutOfRangeAreRefusedNamingTheField() throws Exception {
		this.mvc.perform(form(1, "size.body.pt", "20"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "Cỡ chữ nội dung (pt): phải từ 12 đến 15."));
		this.mvc.perform(form(1, "line.spacing", "một"))
			.andExpect(flash().attribute("error", "Khoảng cách dòng (lần): “một” không phải là số."));
		this.mvc.perform(form(1, "line.spacing", "1,6"))
			.andExpect(flash().attribute("error", "Khoảng cách dòng (lần): phải từ 1 đến 1,5."));
		this.mvc.perform(form(1, "filing.line", "Văn thư"))
			.andExpect(
					flash().attribute("error", "Dòng lưu văn bản phải bắt đầu bằng “Lưu” (ví dụ: “Lưu.”, “Lưu VT.”)."));
		this.mvc.perform(form(1))
			.andExpect(flash().attribute("error", "Chưa có giá trị nào thay đổi so với phiên bản đang áp dụng."));
		assertThat(this.profiles.currentVersion().version()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from layout_profile_version", Integer.class)).isZero();
	}

	@Test
	void aSaveOnTopOfAnOlderVersionIsRefused() throws Exception {
		this.mvc.perform(form(1, "size.body.pt", "13"))
			.andExpect(flash().attribute("flash", "Đã lưu phiên bản 2 của thể thức văn bản."));
		// A second tab still shows version 1.
		this.mvc.perform(form(1, "size.body.pt", "15"))
			.andExpect(flash().attribute("error",
					org.hamcrest.Matchers.startsWith("Bản ghi này vừa được người khác sửa")));
		assertThat(this.profiles.current().sizes().bodyPt()).isEqualTo(13.0);
	}

	@Test
	void anOfficerCannotSeeOrChangeTheProfile() throws Exception {
		this.mvc.perform(get("/admin/layout").with(user("canbo.tinh.t").roles("OFFICER")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/layout").with(user("canbo.tinh.t").roles("OFFICER"))
				.with(csrf())
				.param("baseVersion", "1")
				.param("size.body.pt", "13"))
			.andExpect(status().isForbidden());
		assertThat(this.profiles.currentVersion().version()).isEqualTo(1);
	}

	/** The form as the page sends it: every value in force, the given ones changed. */
	private MockHttpServletRequestBuilder form(int base, String... changes) {
		MockHttpServletRequestBuilder b = post("/admin/layout").with(user("admin.t").roles("ADMIN"))
			.with(csrf())
			.param("baseVersion", Integer.toString(base));
		java.util.Properties values = this.profiles.currentVersion().profile().toProperties();
		for (int i = 0; i < changes.length; i += 2) {
			values.setProperty(changes[i], changes[i + 1]);
		}
		values.forEach((k, v) -> b.param((String) k, (String) v));
		return b;
	}

	private static PartyDocument report() {
		return PartyDocument
			.builder(
					new DocumentHeader("HUYỆN ỦY VĨNH THUẬN", "BAN TUYÊN GIÁO",
							new DocumentNumber(3, DocumentType.REPORT, "BTG"), "Vĩnh Thuận", LocalDate.of(2020, 8, 25)),
					DocumentType.REPORT)
			.subject("kết quả triển khai học tập Chuyên đề năm 2020")
			.paragraph("Nội dung báo cáo./.")
			.recipients(new Recipients(List.of("Thường trực Huyện ủy (b/c);"), null))
			.signature(Signature.head("TRƯỞNG BAN", "Võ Thanh Xuân"))
			.build();
	}

	/** Millimetres to twips, as Word stores margins. */
	private static final class DocxRendererTwips {

		static int of(double mm) {
			return (int) Math.round(mm * 1440 / 25.4);
		}

	}

}
