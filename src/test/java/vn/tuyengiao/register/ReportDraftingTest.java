package vn.tuyengiao.register;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.internal.RegisterDraft;
import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentType;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Signature;
import vn.tuyengiao.study.Audience;
import vn.tuyengiao.study.DocumentKind;
import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report is a document: "Tạo dự thảo" keeps it in the register, the officer edits its
 * paragraphs in saved revisions (a second tab's save is refused, nothing lost), issuing
 * numbers it from the register and stores its DOCX and PDF; an issued document is
 * read-only, a new version is a new draft. A sibling unit's officer is refused.
 */
@IntegrationTest
class ReportDraftingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgService orgChanges;

	@Autowired
	DocumentRegister register;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	RegisterFiles files;

	@Autowired
	StudyService study;

	@Autowired
	Fixture.Data fx;

	@Test
	void theStudyReportIsDraftedEditedIssuedAndThenReadOnly() throws Exception {
		long commune = commune("Đảng ủy xã Tân Hòa", "RD.TH");
		IssuingBody body = bodyWithTerm(commune, "BTGTH");
		long campaign = this.study
			.createCampaign(Scope.system(),
					new StudyService.NewCampaign(commune, "Học tập chuyên đề năm 2025 về xây dựng Đảng",
							DocumentKind.THEMATIC_TOPIC, null, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31),
							null, EnumSet.of(Audience.PARTY_MEMBERS), false))
			.getId();

		String url = this.mvc
			.perform(post("/study/campaigns/{id}/report/draft", campaign).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unit", String.valueOf(commune))
				.param("asOf", "2025-09-30")
				.param("body", String.valueOf(body.getId()))
				.param("signerName", "Lê Thị Thu"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", containsString("Đã lưu dự thảo")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(url).matches("/register/drafts/\\d+");
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		assertThat(page(url)).contains("Dự thảo", "Lê Thị Thu", "id=\"save-draft\"", "id=\"issue\"")
			.doesNotContain("Số 01-BC/BTGTH");
		assertThat(this.register.recent(Scope.system(), body.getId())).isEmpty();

		// The officer rewrites the first drafted paragraph and saves: revision 2.
		ReportDrafts.Draft d = this.drafts.get(Scope.system(), id);
		int paragraph = firstDraftParagraph(d.document());
		String mine = "Ban Thường vụ Đảng ủy xã đã chỉ đạo các chi bộ tổ chức học tập chuyên đề đúng kế hoạch.";
		this.mvc
			.perform(post("/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("version", "0")
				.param("block-" + paragraph, mine))
			.andExpect(flash().attribute("flash", "Đã lưu dự thảo (lần 2)."));
		// A second tab, opened before that save, is refused; the first save stays.
		this.mvc
			.perform(post("/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("version", "0")
				.param("block-" + paragraph, "Nội dung của tab thứ hai"))
			.andExpect(flash().attribute("error", containsString("vừa được người khác sửa")));
		d = this.drafts.get(Scope.system(), id);
		assertThat(d.entry().getRevision()).isEqualTo(2);
		assertThat(((Block.Paragraph) d.document().body().get(paragraph)).text()).isEqualTo(mine);
		assertThat(d.revisions()).extracting(ReportDrafts.Revision::revision).containsExactly(2, 1);
		// Tables and headings are computed, not edited.
		this.mvc
			.perform(put("/api/v1/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1, \"paragraphs\": {\"1\": \"Tiêu đề khác\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("không phải đoạn văn sửa được")));

		// Issued: the number from the register, the files stored, the text kept.
		this.mvc.perform(
				post("/register/drafts/{id}/issue", id).with(user("canbo.tinh.t")).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("flash",
					"Đã phát hành văn bản số 01-BC/BTGTH; bản Word và PDF đã lưu trong sổ văn bản đi."));
		d = this.drafts.get(Scope.system(), id);
		assertThat(d.number()).isEqualTo("Số 01-BC/BTGTH");
		assertThat(d.document().stage()).isEqualTo(PartyDocument.Stage.ISSUED);
		assertThat(d.files()).extracting(RegisterFiles.StoredFile::kind).containsExactly("DOCX", "PDF");
		String word = DocText
			.docx(this.files.rendered(Scope.system(), d.entry().getOutgoingDocumentId(), RegisterFiles.DOCX).bytes());
		assertThat(word).contains("Số 01-BC/BTGTH", mine, "Lê Thị Thu");
		assertThat(page(url)).contains("Số 01-BC/BTGTH", "so-01-BC-BTGTH.docx", "so-01-BC-BTGTH.pdf")
			.doesNotContain("id=\"save-draft\"", "id=\"issue\"");

		// Editing or issuing it again is refused; a new version is a new draft.
		this.mvc
			.perform(put("/api/v1/register/drafts/{id}", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 2, \"paragraphs\": {\"%d\": \"Sửa sau khi ký\"}}".formatted(paragraph)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("đã phát hành")));
		this.mvc
			.perform(post("/api/v1/register/drafts/{id}/issue", id).with(user("canbo.tinh.t"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 2}"))
			.andExpect(status().isConflict());
		assertThat(this.register.recent(Scope.system(), body.getId())).hasSize(1);
		String copy = this.mvc.perform(post("/register/drafts/{id}/copy", id).with(user("canbo.tinh.t")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long copyId = Long.parseLong(copy.substring(copy.lastIndexOf('/') + 1));
		ReportDrafts.Draft second = this.drafts.get(Scope.system(), copyId);
		assertThat(second.entry().isIssued()).isFalse();
		assertThat(second.document().header().numberLine()).doesNotContain("01");
		assertThat(second.document().stage()).isEqualTo(PartyDocument.Stage.DRAFT);
		assertThat(((Block.Paragraph) second.document().body().get(paragraph)).text()).isEqualTo(mine);
		this.drafts.issue(Scope.system(), copyId, second.entry().getVersion());
		assertThat(this.drafts.get(Scope.system(), copyId).number()).isEqualTo("Số 02-BC/BTGTH");
	}

	@Test
	void theModelsReportIsDraftedAndIssuedWithTheBodysSignerAndOneFilingLine() throws Exception {
		long commune = commune("Đảng ủy xã Tân Thạnh", "RD.TT");
		IssuingBody body = bodyWithTerm(commune, "BTGTT");
		String url = this.mvc
			.perform(post("/models/report/draft").with(user("canbo.tinh.t"))
				.with(csrf())
				.param("unit", String.valueOf(commune))
				.param("from", "2025-01-01")
				.param("to", "2025-09-30")
				.param("body", String.valueOf(body.getId())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		RegisterDraft draft = this.drafts.get(Scope.system(), id).entry();
		assertThat(draft.getKind()).isEqualTo("models");
		assertThat(draft.getParams()).contains("from=2025-01-01", "to=2025-09-30", "body=" + body.getId());
		this.drafts.issue(Scope.system(), id, draft.getVersion());
		ReportDrafts.Draft issued = this.drafts.get(Scope.system(), id);
		assertThat(issued.number()).isEqualTo("Số 01-BC/BTGTT");
		assertThat(issued.document().recipients().lines()).containsExactly("- Thường trực Đảng ủy (b/c);",
				"- Lưu Văn phòng.");
		assertThat(issued.document().signature().name()).isEqualTo("Trần Văn Bình");
	}

	@Test
	void withoutACommitteeTermIssuingSaysWhyAndNothingIsNumbered() throws Exception {
		long commune = commune("Đảng ủy xã Tân Lập", "RD.TL");
		IssuingBody body = this.register.createBody(Scope.system(), commune, "Ban Tuyên giáo Đảng ủy xã", "BTGTL",
				"ĐẢNG ỦY XÃ TÂN LẬP", "Tân Lập");
		RegisterDraft draft = this.drafts.create(Scope.system(),
				new ReportDrafts.NewDraft("models", "", body.getId(), "BC", sample()));
		this.mvc
			.perform(post("/register/drafts/{id}/issue", draft.getId()).with(user("canbo.tinh.t"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("error",
					containsString("Ban Tuyên giáo Đảng ủy xã chưa có nhiệm kỳ nào bao gồm ngày 30/09/2025")));
		assertThat(this.register.recent(Scope.system(), body.getId())).isEmpty();
		assertThat(this.drafts.get(Scope.system(), draft.getId()).entry().isIssued()).isFalse();
	}

	@Test
	void aSiblingUnitsOfficerNeitherDraftsNorReadsNorDownloads() throws Exception {
		long commune = this.fx.communePd();
		IssuingBody body = this.register.createBody(Scope.system(), commune, "Ban Tuyên giáo Đảng ủy xã", "BTGPDD",
				"ĐẢNG ỦY XÃ PHONG ĐÔNG", "Phong Đông");
		this.register.createTerm(Scope.system(), commune, "Nhiệm kỳ 2025–2030 (RD)", LocalDate.of(2025, 7, 1), null);
		this.mvc
			.perform(post("/models/report/draft").with(user("canbo.vbb"))
				.with(csrf())
				.param("unit", String.valueOf(this.fx.communeVbb()))
				.param("from", "2025-01-01")
				.param("to", "2025-09-30")
				.param("body", String.valueOf(body.getId())))
			.andExpect(status().isForbidden());
		RegisterDraft draft = this.drafts.create(Scope.system(),
				new ReportDrafts.NewDraft("models", "", body.getId(), "BC", sample()));
		var issued = this.drafts.issue(Scope.system(), draft.getId(), 0L);
		long entry = issued.document().getId();
		long file = this.files.list(entry).get(0).id();
		this.mvc.perform(get("/register/drafts/{id}", draft.getId()).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/register/drafts/{id}", draft.getId()).with(user("canbo.vbb")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		this.mvc.perform(get("/register/entries/{e}/files/{f}", entry, file).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/register/entries/{e}/files", entry).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/register/drafts/{id}/copy", draft.getId()).with(user("canbo.vbb")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/register/drafts/{id}", 987654).with(user("canbo.vbb")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("Không tìm thấy dự thảo")));
		this.mvc.perform(get("/api/v1/register/entries/{e}/files/{f}", entry, file).with(user("canbo.tinh.t")))
			.andExpect(status().isOk());
		// The register book: found by number and by subject words above, not by the
		// sibling.
		this.mvc
			.perform(get("/register/entries").param("q", "01")
				.param("body", String.valueOf(body.getId()))
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("01-BC/BTGPDD")));
		this.mvc
			.perform(get("/api/v1/register/entries").param("q", "mô hình học tập")
				.param("body", String.valueOf(body.getId()))
				.with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].reference").value("01-BC/BTGPDD"))
			.andExpect(jsonPath("$.entries[0].files").value(2))
			.andExpect(jsonPath("$.entries[0].signer").value("TRƯỞNG BAN Trần Văn Bình"));
		this.mvc.perform(get("/register/entries").param("body", String.valueOf(body.getId())).with(user("canbo.vbb")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/register/entries").param("q", "01").with(user("canbo.vbb")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.reference == '01-BC/BTGPDD')]").isEmpty());
	}

	@Test
	void twentyConcurrentIssuesGetTwentyDistinctConsecutiveNumbers() throws Exception {
		long commune = commune("Đảng ủy xã Tân Thuận", "RD.TTH");
		IssuingBody body = bodyWithTerm(commune, "BTGTTH");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(this.drafts
				.create(Scope.system(), new ReportDrafts.NewDraft("models", "", body.getId(), "BC", sample()))
				.getId());
		}
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> futures = new ArrayList<>();
		for (long id : ids) {
			Callable<Integer> job = () -> {
				start.await();
				return this.drafts.issue(Scope.system(), id, 0L).document().getNumber();
			};
			futures.add(pool.submit(job));
		}
		start.countDown();
		List<Integer> numbers = new ArrayList<>();
		for (Future<Integer> f : futures) {
			numbers.add(f.get());
		}
		pool.shutdown();
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
		for (long id : ids) {
			assertThat(this.drafts.get(Scope.system(), id).files()).hasSize(2);
		}
	}

	@Test
	void aBodyWithoutAbbreviationDraftsButNeverIssues() {
		long commune = commune("Đảng ủy xã Tân Tiến", "RD.TTI");
		IssuingBody body = this.register.createBody(Scope.system(), commune, "Ban Xây dựng Đảng Đảng ủy xã", null,
				"ĐẢNG ỦY XÃ TÂN TIẾN", "Tân Tiến");
		this.register.createTerm(Scope.system(), commune, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null);
		RegisterDraft draft = this.drafts.create(Scope.system(),
				new ReportDrafts.NewDraft("models", "", body.getId(), "BC", sample()));
		assertThatThrownBy(() -> this.drafts.issue(Scope.system(), draft.getId(), 0L)).isInstanceOfSatisfying(
				AppException.class, ex -> assertThat(ex.messageKey()).isEqualTo("register.noAbbreviation"));
		assertThat(this.register.recent(Scope.system(), body.getId())).isEmpty();
	}

	static int firstDraftParagraph(PartyDocument doc) {
		for (int i = 0; i < doc.body().size(); i++) {
			if (doc.body().get(i) instanceof Block.Paragraph p && p.draft()) {
				return i;
			}
		}
		throw new AssertionError("no drafted paragraph");
	}

	static PartyDocument sample() {
		return PartyDocument
			.builder(new DocumentHeader(null, "X", "Số -BC/X", "X", LocalDate.of(2025, 9, 30)), DocumentType.REPORT)
			.subject("kết quả xây dựng mô hình học tập và làm theo Bác")
			.heading("1.", "Kết quả")
			.draft("Trong kỳ có 03 mô hình mới.")
			.recipients(Recipients.of("Thường trực Đảng ủy (b/c)"))
			.signature(Signature.head("TRƯỞNG BAN", "Trần Văn Bình"))
			.build();
	}

	private long commune(String name, String code) {
		return this.orgChanges
			.create(Scope.system(),
					new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, name, code, "ĐU",
							LocalDate.of(2010, 1, 1)))
			.getId();
	}

	private IssuingBody bodyWithTerm(long unit, String abbreviation) {
		IssuingBody body = this.register.createBody(Scope.system(), unit, "Ban Tuyên giáo Đảng ủy xã", abbreviation,
				"ĐẢNG ỦY XÃ TÂN HÒA", "Tân Hòa");
		this.register.createTerm(Scope.system(), unit, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 7, 1), null);
		return withSigner(body);
	}

	@Autowired
	RegisterSetup setup;

	private IssuingBody withSigner(IssuingBody b) {
		return this.setup.updateBody(Scope.system(), b.getId(),
				new RegisterSetup.BodyForm(b.getUnitId(), b.getName(), b.getAbbreviation(), b.getKind(),
						b.getSuperiorName(), b.getPlace(), IssuingBody.Authority.NONE, "TRƯỞNG BAN", "Trần Văn Bình",
						"Thường trực Đảng ủy (b/c);\nLưu Văn phòng.", b.getVersion()));
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(URI.create(url)).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Text of a stored DOCX. */
	static final class DocText {

		static String docx(byte[] bytes) throws Exception {
			try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
					var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
				return extractor.getText();
			}
		}

		static String pdf(byte[] bytes) throws Exception {
			try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
				return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
			}
		}

	}

}
