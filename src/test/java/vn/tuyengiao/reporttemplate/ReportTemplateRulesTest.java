package vn.tuyengiao.reporttemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.reporttemplate.ReportTemplate.Fill;
import vn.tuyengiao.reporttemplate.ReportTemplate.Section;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;
import vn.tuyengiao.support.Json;
import vn.tuyengiao.user.UserService;

/**
 * Who may do what with templates, and what is refused: administrators copy and edit
 * (built-in templates only by copy), a stale version or an empty heading is refused with
 * the Vietnamese reason and nothing saved; officers draft for units in their scope only,
 * an unknown unit is refused; a section whose source is gone says so in the draft.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTemplateRulesTest {

	@Autowired
	ReportTemplates templates;

	@Autowired
	DocumentRegister register;

	@Autowired
	UserService users;

	@Autowired
	Messages messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixture.Data fx;

	long builtIn;

	Scope admin;

	Scope vbb;

	@BeforeAll
	void setUp() {
		this.builtIn = this.templates.list()
			.stream()
			.filter(t -> t.code().equals("CT05-XA"))
			.findFirst()
			.orElseThrow()
			.id();
		this.admin = this.users.scopeOf("admin.t");
		this.vbb = this.users.scopeOf("canbo.vbb");
		boolean hasBody = this.register.bodies(Scope.system())
			.stream()
			.anyMatch(b -> b.getUnitId() == this.fx.communeVbb() && b.canNumber());
		if (!hasBody) {
			this.register.createBody(Scope.system(), this.fx.communeVbb(), "Đảng ủy xã Vĩnh Bình Bắc", "ĐU", null,
					"Vĩnh Bình Bắc");
			this.register.createTerm(Scope.system(), this.fx.communeVbb(), "Nhiệm kỳ 2025–2030",
					LocalDate.of(2025, 7, 1), null);
		}
	}

	private String message(Runnable r) {
		try {
			r.run();
		}
		catch (AppException ex) {
			return this.messages.of(ex);
		}
		throw new AssertionError("not refused");
	}

	@Test
	void theBuiltInTemplatesAreThereWithTheSeedsSections() {
		ReportTemplate ct05 = this.templates.get(this.builtIn);
		assertThat(ct05.builtIn()).isTrue();
		assertThat(ct05.reportTypes()).containsExactly("PRELIMINARY_REVIEW", "FINAL_REVIEW");
		assertThat(ct05.sections()).extracting(Section::heading)
			.contains("Kết quả thực hiện", "Mặt được:", "Hạn chế:", "Phương hướng nhiệm vụ trong thời gian tới");
		assertThat(ct05.sections()).filteredOn(s -> s.fill() == Fill.SOURCE)
			.extracting(Section::sourceKey)
			.containsExactly("study.results", "commitment.signing", "emulation.models", "emulation.awards");
		assertThat(this.templates.forReportType("YEARLY")).get()
			.extracting(ReportTemplate::code)
			.isEqualTo("TGNAM-KHOI");
		assertThat(this.templates.forReportType("OPINION_MONTHLY")).isEmpty();
		assertThat(this.templates.sources()).extracting(SourceInfo::key)
			.contains("study.results", "commitment.signing", "emulation.models", "emulation.awards");
	}

	@Test
	void anAdministratorCopiesEditsAndAStaleOrHeadinglessEditIsRefused() {
		ReportTemplate copy = this.templates.copy(this.admin, this.builtIn, "Sơ kết Chỉ thị 05 của xã (bản sửa)");
		assertThat(copy.builtIn()).isFalse();
		assertThat(copy.sections()).hasSameSizeAs(this.templates.get(this.builtIn).sections());
		// Built-in: only copied.
		assertThat(message(() -> this.templates.update(this.admin, this.builtIn, 0L,
				new ReportTemplates.Edit("x", "y", List.of(), copy.sections()))))
			.contains("mẫu có sẵn");
		// Reordered, one section added: saved, version 1.
		List<Section> sections = new ArrayList<>(copy.sections());
		sections
			.add(new Section(1, "5-", "Tổ chức thực hiện", null, Fill.TEXT, "- Giao Ban Tuyên giáo theo dõi.", null));
		ReportTemplate saved = this.templates.update(this.admin, copy.id(), copy.version(),
				new ReportTemplates.Edit(copy.name(), copy.subject(), List.of("FINAL_REVIEW"), sections));
		assertThat(saved.version()).isEqualTo(copy.version() + 1);
		assertThat(saved.sections()).last().extracting(Section::heading).isEqualTo("Tổ chức thực hiện");
		// The same edit on the version read before: refused, nothing changed.
		assertThat(message(() -> this.templates.update(this.admin, copy.id(), copy.version(),
				new ReportTemplates.Edit("Tên khác", copy.subject(), List.of(), sections))))
			.isEqualTo(this.messages.get("error.staleVersion"));
		assertThat(this.templates.get(copy.id()).name()).isEqualTo(copy.name());
		// An empty heading (second section): refused with its row.
		List<Section> blank = new ArrayList<>(saved.sections());
		blank.set(1, new Section(2, "a)", "  ", null, Fill.TEXT, null, null));
		assertThat(message(() -> this.templates.update(this.admin, copy.id(), saved.version(),
				new ReportTemplates.Edit(copy.name(), copy.subject(), List.of(), blank))))
			.isEqualTo("Mục thứ 2: chưa nhập tiêu đề mục.");
		List<Section> unknown = new ArrayList<>(saved.sections());
		unknown.set(1, new Section(2, "a)", "Sinh hoạt chi bộ", null, Fill.SOURCE, null, "meeting.khong-co"));
		assertThat(message(() -> this.templates.update(this.admin, copy.id(), saved.version(),
				new ReportTemplates.Edit(copy.name(), copy.subject(), List.of(), unknown))))
			.contains("Mục thứ 2")
			.contains("meeting.khong-co");
		assertThat(this.templates.get(copy.id()).version()).isEqualTo(saved.version());
		// An officer edits no template.
		assertThatThrownBy(() -> this.templates.copy(this.vbb, this.builtIn, null)).isInstanceOf(AppException.class)
			.extracting(e -> ((AppException) e).status())
			.isEqualTo(403);
	}

	@Test
	void anOfficerDraftsForItsUnitOnlyAndAMissingSourceIsWrittenAsMissing() {
		ReportTemplates.DraftRequest pd = new ReportTemplates.DraftRequest(this.fx.communePd(),
				LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), null, null, null, null);
		assertThatThrownBy(() -> this.templates.draft(this.vbb, this.builtIn, pd)).isInstanceOf(AppException.class)
			.extracting(e -> ((AppException) e).status())
			.isEqualTo(403);
		assertThat(
				message(() -> this.templates.draft(this.vbb, this.builtIn,
						new ReportTemplates.DraftRequest(987654321L, LocalDate.of(2025, 7, 1),
								LocalDate.of(2025, 12, 31), null, null, null, null))))
			.startsWith("Không tìm thấy tổ chức đảng");
		assertThat(message(() -> this.templates.draft(this.vbb, this.builtIn, new ReportTemplates.DraftRequest(
				this.fx.communeVbb(), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 7, 1), null, null, null, null))))
			.contains("Đến ngày");

		// A template whose source module was removed: the draft says which data is
		// missing.
		ReportTemplate copy = this.templates.copy(this.admin, this.builtIn, "Mẫu có nguồn đã gỡ");
		this.jdbc.update(
				"update report_template_section set source_key = 'meeting.da-go' where template_id = ? and position = 2",
				copy.id());
		long draft = this.templates.draft(this.vbb, copy.id(), new ReportTemplates.DraftRequest(this.fx.communeVbb(),
				LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), null, null, null, null));
		assertThat(draft).isPositive();
		PartyDocument doc = this.templates.document(this.vbb, copy.id(), new ReportTemplates.DraftRequest(
				this.fx.communeVbb(), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), null, null, null, null));
		assertThat(doc.body()).anyMatch(b -> b instanceof Block.Paragraph p
				&& p.text().contains("nguồn số liệu “meeting.da-go” không còn trong hệ thống"));
		assertThat(doc.subject())
			.containsExactly("Sơ kết thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị từ 01/07/2025 đến 31/12/2025");
	}

	@Test
	void pagesAndApiFollowTheSameRulesAndASiblingCommuneIsRefused() throws Exception {
		this.mvc.perform(get("/report-templates").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Báo cáo sơ kết, tổng kết thực hiện Chỉ thị 05-CT/TW (cấp xã)")));
		this.mvc.perform(get("/report-templates/{id}", this.builtIn).with(user("admin.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sao chép")));
		this.mvc.perform(get("/report-templates/draft").param("template", "" + this.builtIn).with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Soạn báo cáo theo mẫu")));
		// Phong Đông is a sibling commune of Vĩnh Bình Bắc: refused on the page and the
		// API.
		this.mvc
			.perform(post("/report-templates/draft").param("template", "" + this.builtIn)
				.param("unit", "" + this.fx.communePd())
				.param("from", "01/07/2025")
				.param("to", "31/12/2025")
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/report-templates/{id}/draft", this.builtIn).with(user("canbo.vbb"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.write(Json.obj("unitId", this.fx.communePd(), "from", "2025-07-01", "to", "2025-12-31"))))
			.andExpect(status().isForbidden());
		// Its own commune: drafted into the register.
		this.mvc
			.perform(post("/report-templates/draft").param("template", "" + this.builtIn)
				.param("unit", "" + this.fx.communeVbb())
				.param("from", "01/07/2025")
				.param("to", "31/12/2025")
				.with(user("canbo.vbb"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		this.mvc
			.perform(
					post("/api/v1/report-templates/{id}/draft", this.builtIn).with(user("canbo.vbb"))
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content(Json
							.write(Json.obj("unitId", this.fx.communeVbb(), "from", "2025-07-01", "to", "2025-12-31"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.link").value(containsString("/register/drafts/")));
		// Officers do not edit templates; a stale edit over the API is a 409 in
		// Vietnamese.
		this.mvc.perform(post("/api/v1/report-templates/{id}/copy", this.builtIn).with(user("canbo.vbb")).with(csrf()))
			.andExpect(status().isForbidden());
		ReportTemplate copy = this.templates.copy(this.admin, this.builtIn, "Bản sao qua API");
		String edit = Json.write(Json.obj("version", copy.version() + 5, "template",
				Json.obj("name", copy.name(), "subject", copy.subject(), "reportTypes", List.of(), "sections",
						List.of(Json.obj("level", 1, "number", "1-", "heading", "Kết quả thực hiện", "fill", "TEXT"),
								Json.obj("level", 2, "number", "a)", "heading", "Học tập", "fill", "SOURCE",
										"sourceKey", "study.results")))));
		this.mvc
			.perform(put("/api/v1/report-templates/{id}", copy.id()).with(user("admin.t"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(this.messages.get("error.staleVersion")));
		// The editor page: a stale form says so and keeps the template as it was.
		this.mvc
			.perform(post("/report-templates/{id}", copy.id()).param("version", "" + (copy.version() + 5))
				.param("count", "1")
				.param("name", "Tên mới")
				.param("subject", copy.subject())
				.param("heading-0", "Kết quả")
				.param("level-0", "1")
				.param("fill-0", "TEXT")
				.with(user("admin.t"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", this.messages.get("error.staleVersion")));
		assertThat(this.templates.get(copy.id()).name()).isEqualTo("Bản sao qua API");
	}

}
