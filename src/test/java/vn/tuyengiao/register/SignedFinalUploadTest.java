package vn.tuyengiao.register;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgService;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.UnitCommands.NewUnit;
import vn.tuyengiao.register.internal.RegisterDraft;
import vn.tuyengiao.support.Fixture;
import vn.tuyengiao.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signed final of an issued document: a PDF scan or the edited DOCX, recognised by
 * its bytes, at most 20 MB, stored as the entry's SIGNED file, listed, downloadable and
 * audited; a renamed PNG and an oversize scan are refused naming the file; a sibling
 * unit's officer and a viewer are refused.
 */
@IntegrationTest
class SignedFinalUploadTest {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentRegister register;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	RegisterFiles files;

	@Autowired
	OrgService orgChanges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixture.Data fx;

	@Test
	void aPdfScanIsStoredListedDownloadableAndAudited() throws Exception {
		long entry = entry(commune(), "BTGKA");
		this.mvc
			.perform(multipart("/api/v1/register/entries/{e}/signed", entry)
				.file(new MockMultipartFile("file", "Báo cáo 01 đã ký.pdf", "application/pdf", PDF))
				.with(user("canbo.tinh.t"))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("SIGNED"))
			.andExpect(jsonPath("$.fileName").value("Báo cáo 01 đã ký.pdf"))
			.andExpect(jsonPath("$.contentType").value("application/pdf"));
		var signed = this.files.list(entry).stream().filter(f -> f.kind().equals(RegisterFiles.SIGNED)).toList();
		assertThat(signed).hasSize(1);
		byte[] back = this.mvc
			.perform(
					get("/api/v1/register/entries/{e}/files/{f}", entry, signed.get(0).id()).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(PDF);
		this.mvc.perform(get("/api/v1/register/entries/{e}/files", entry).with(user("canbo.tinh.t")))
			.andExpect(jsonPath("$[?(@.kind == 'SIGNED')].fileName").value("Báo cáo 01 đã ký.pdf"));
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_event where entity_type = 'OutgoingDocument' and action = 'UPLOAD' "
						+ "and entity_id = ? and username = 'canbo.tinh.t'",
				String.class, entry))
			.isEqualTo("Tải lên bản đã ký Báo cáo 01 đã ký.pdf");
	}

	@Test
	void theEditedDocxIsUploadedFromTheDocumentsPageAndListedThere() throws Exception {
		long commune = commune();
		IssuingBody body = bodyWithTerm(commune, "BTGKB");
		RegisterDraft draft = this.drafts.create(Scope.system(),
				new ReportDrafts.NewDraft("models", "", body.getId(), "BC", ReportDraftingTest.sample()));
		this.drafts.issue(Scope.system(), draft.getId(), 0L);
		this.mvc
			.perform(multipart("/register/drafts/{id}/signed", draft.getId())
				.file(new MockMultipartFile("file", "bao-cao-sua.docx", "application/octet-stream", docx()))
				.with(user("canbo.tinh.t"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lưu bản đã ký bao-cao-sua.docx."));
		this.mvc.perform(get("/register/drafts/{id}", draft.getId()).with(user("canbo.tinh.t")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("bao-cao-sua.docx"), containsString("bản đã ký"),
					containsString("Tải lên bản đã ký"))));
		long entry = this.drafts.get(Scope.system(), draft.getId()).entry().getOutgoingDocumentId();
		assertThat(this.files.list(entry)).extracting(RegisterFiles.StoredFile::kind)
			.containsExactly("DOCX", "PDF", "SIGNED");
	}

	@Test
	void aPngNamedPdfAndAnOversizeScanAreRefusedNamingTheFile() throws Exception {
		long entry = entry(commune(), "BTGKC");
		this.mvc
			.perform(multipart("/api/v1/register/entries/{e}/signed", entry)
				.file(new MockMultipartFile("file", "ban-quet.pdf", "application/pdf", PNG))
				.with(user("canbo.tinh.t"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail", allOf(containsString("ban-quet.pdf"), containsString("không phải bản PDF"))));
		byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		this.mvc
			.perform(multipart("/api/v1/register/entries/{e}/signed", entry)
				.file(new MockMultipartFile("file", "ban-quet-lon.pdf", "application/pdf", big))
				.with(user("canbo.tinh.t"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail",
					allOf(containsString("ban-quet-lon.pdf"), containsString("vượt giới hạn 20 MB"))));
		assertThat(this.files.list(entry)).noneMatch(f -> f.kind().equals(RegisterFiles.SIGNED));
	}

	@Test
	void aSiblingsOfficerAndAViewerAreRefused() throws Exception {
		// A cell of Phong Đông: in the viewer's scope, outside the sibling commune's.
		IssuingBody body = bodyWithTerm(this.fx.cellCc(), "BTGKD");
		RegisterDraft draft = this.drafts.create(Scope.system(),
				new ReportDrafts.NewDraft("models", "", body.getId(), "BC", ReportDraftingTest.sample()));
		long entry = this.drafts.issue(Scope.system(), draft.getId(), 0L, false).document().getId();
		for (String who : new String[] { "canbo.vbb", "xem.pd" }) {
			this.mvc
				.perform(multipart("/api/v1/register/entries/{e}/signed", entry)
					.file(new MockMultipartFile("file", "ky.pdf", "application/pdf", PDF))
					.with(user(who))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/register/drafts/{id}/signed", draft.getId())
					.file(new MockMultipartFile("file", "ky.pdf", "application/pdf", PDF))
					.with(user(who))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.files.list(entry)).noneMatch(f -> f.kind().equals(RegisterFiles.SIGNED));
	}

	/** An issued number of a fresh body, without rendered files. */
	private long entry(long unit, String abbreviation) {
		IssuingBody body = bodyWithTerm(unit, abbreviation);
		return this.register
			.issue(Scope.system(), body.getId(), "BC", "kết quả học tập nghị quyết năm 2025", LocalDate.of(2025, 9, 30))
			.document()
			.getId();
	}

	private IssuingBody bodyWithTerm(long unit, String abbreviation) {
		IssuingBody body = this.register.createBody(Scope.system(), unit, "Ban Tuyên giáo " + abbreviation,
				abbreviation, "ĐẢNG ỦY XÃ PHONG ĐÔNG", "Phong Đông");
		if (this.register.terms(Scope.system(), unit).stream().noneMatch(t -> t.covers(LocalDate.of(2025, 9, 30)))) {
			this.register.createTerm(Scope.system(), unit, "Nhiệm kỳ 2025–2030 " + abbreviation,
					LocalDate.of(2025, 7, 1), null);
		}
		return body;
	}

	private long commune() {
		int n = SEQ.incrementAndGet();
		return this.orgChanges
			.create(Scope.system(),
					new NewUnit(this.fx.province(), OrgUnitKind.COMMUNE_COMMITTEE, "Đảng ủy xã Tân Hưng " + n,
							"SF.TH" + n, "ĐU", LocalDate.of(2010, 1, 1)))
			.getId();
	}

	private static byte[] docx() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("BÁO CÁO kết quả học tập nghị quyết (bản đã sửa)");
			doc.write(out);
			return out.toByteArray();
		}
	}

}
