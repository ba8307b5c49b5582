package vn.tuyengiao.register.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.RegisterFiles;
import vn.tuyengiao.register.ReportDrafts;
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.HtmlRenderer;
import vn.tuyengiao.report.PdfRenderer;

/**
 * The register's documents: the list of drafts and issued documents, a draft's editing
 * page (its paragraphs, saved as revisions), issuing it, a new draft from it, and the
 * files of an issued one.
 */
@Controller
class RegisterDraftController {

	/** The prefix of a paragraph's field: "block-7" is the text of body block 7. */
	static final String BLOCK = "block-";

	static final String NEW = "new-";

	static final String REMOVE = "remove-";

	private final ReportDrafts drafts;

	private final RegisterFiles files;

	private final HtmlRenderer html;

	private final DocxRenderer docx;

	private final PdfRenderer pdf;

	private final FormActions actions;

	private final Messages messages;

	private final vn.tuyengiao.register.RegisterEntries entries;

	private final vn.tuyengiao.register.DocumentRegister register;

	private final RegisterBookExport book;

	RegisterDraftController(ReportDrafts drafts, RegisterFiles files, HtmlRenderer html, DocxRenderer docx,
			PdfRenderer pdf, FormActions actions, Messages messages, vn.tuyengiao.register.RegisterEntries entries,
			vn.tuyengiao.register.DocumentRegister register, RegisterBookExport book) {
		this.book = book;
		this.entries = entries;
		this.register = register;
		this.drafts = drafts;
		this.files = files;
		this.html = html;
		this.docx = docx;
		this.pdf = pdf;
		this.actions = actions;
		this.messages = messages;
	}

	@GetMapping("/register")
	String list(Scope scope, Model model) {
		model.addAttribute("drafts", this.drafts.list(scope));
		return "register/documents";
	}

	/** Sổ văn bản đi: the issued numbers, searchable. */
	@GetMapping("/register/entries")
	String entries(Scope scope, vn.tuyengiao.register.RegisterEntries.Filter filter, Model model) {
		model.addAttribute("result", this.entries.search(scope, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("bodies", this.register.bodies(scope));
		model.addAttribute("types", this.register.documentTypes());
		return "register/entries";
	}

	/** The book as .xlsx: every entry the filter finds, not one page. */
	@GetMapping({ "/register/entries.xlsx", "/api/v1/register/entries.xlsx" })
	@io.swagger.v3.oas.annotations.Operation(summary = RegisterApiDocs.ENTRIES_XLSX, tags = RegisterApiDocs.TAG)
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = RegisterApiDocs.XLSX,
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = RegisterApiDocs.XLSX_TYPE))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	ResponseEntity<byte[]> entriesXlsx(Scope scope,
			@org.springdoc.core.annotations.ParameterObject vn.tuyengiao.register.RegisterEntries.Filter filter) {
		return Downloads.attachment(this.book.xlsx(this.entries.all(scope, filter)), Downloads.XLSX,
				"so-van-ban-di.xlsx");
	}

	@GetMapping("/register/drafts/{id}")
	String draft(Scope scope, @PathVariable long id, Model model) {
		ReportDrafts.Draft d = this.drafts.get(scope, id);
		model.addAttribute("d", d);
		model.addAttribute("preview", this.html.fragment(d.document()));
		model.addAttribute("blocks", blocks(d.document()));
		model.addAttribute("signedMaxMb", RegisterFiles.SIGNED_MAX_MB);
		return "register/draft";
	}

	/** A body block as the editing form shows it. */
	record BlockView(int index, String kind, String text, String label, boolean draft) {
	}

	static java.util.List<BlockView> blocks(vn.tuyengiao.report.PartyDocument doc) {
		java.util.List<BlockView> views = new java.util.ArrayList<>();
		for (int i = 0; i < doc.body().size(); i++) {
			vn.tuyengiao.report.Block b = doc.body().get(i);
			if (b instanceof vn.tuyengiao.report.Block.Heading h) {
				views.add(new BlockView(i, "heading", h.line(), null, false));
			}
			else if (b instanceof vn.tuyengiao.report.Block.Paragraph p) {
				views.add(new BlockView(i, "paragraph", p.text(), "¶", p.draft()));
			}
			else if (b instanceof vn.tuyengiao.report.Block.Item it) {
				views.add(new BlockView(i, "item", it.text(), it.marker(), it.draft()));
			}
			else if (b instanceof vn.tuyengiao.report.Block.Table t) {
				views.add(new BlockView(i, "table", t.caption() == null ? "" : t.caption(), null, false));
			}
		}
		return views;
	}

	@PostMapping("/register/drafts/{id}")
	String save(Scope scope, @PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam org.springframework.util.MultiValueMap<String, String> form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/drafts/" + id, () -> {
			var saved = this.drafts.save(scope, id, version, edit(form));
			return this.messages.get("register.draftSaved", saved.getRevision());
		});
	}

	@PostMapping("/register/drafts/{id}/issue")
	String issue(Scope scope, @PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/drafts/" + id, () -> {
			var number = this.drafts.issue(scope, id, version);
			return this.messages.get("register.issued", number.reference());
		});
	}

	@PostMapping("/register/drafts/{id}/copy")
	String copy(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/drafts/" + id, () -> this.drafts.copy(scope, id),
				copy -> "/register/drafts/" + copy.getId(), copy -> this.messages.get("register.copied"));
	}

	/**
	 * The draft as it stands, "Dự thảo", unnumbered; an issued one is its stored copy.
	 */
	@GetMapping({ "/register/drafts/{id}.docx", "/api/v1/register/drafts/{id}.docx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "Word document: the draft, or the issued copy kept in the register",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(summary = RegisterApiDocs.DRAFT_DOCX, tags = RegisterApiDocs.TAG)
	ResponseEntity<byte[]> draftDocx(Scope scope, @PathVariable long id) {
		ReportDrafts.Draft d = this.drafts.get(scope, id);
		if (d.entry().isIssued()) {
			return download(this.files.rendered(scope, d.entry().getOutgoingDocumentId(), RegisterFiles.DOCX));
		}
		return Downloads.attachment(this.docx.render(d.document()), Downloads.DOCX, "du-thao-" + id + ".docx");
	}

	@GetMapping({ "/register/drafts/{id}.pdf", "/api/v1/register/drafts/{id}.pdf" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "PDF document: the draft, or the issued copy kept in the register",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(summary = RegisterApiDocs.DRAFT_PDF, tags = RegisterApiDocs.TAG)
	ResponseEntity<byte[]> draftPdf(Scope scope, @PathVariable long id) {
		ReportDrafts.Draft d = this.drafts.get(scope, id);
		if (d.entry().isIssued()) {
			return download(this.files.rendered(scope, d.entry().getOutgoingDocumentId(), RegisterFiles.PDF));
		}
		return Downloads.attachment(this.pdf.render(d.document()), MediaType.APPLICATION_PDF, "du-thao-" + id + ".pdf");
	}

	/** The signed final (PDF scan or edited DOCX) of an issued draft's entry. */
	@PostMapping("/register/drafts/{id}/signed")
	String uploadSigned(Scope scope, @PathVariable long id,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/drafts/" + id, () -> {
			ReportDrafts.Draft d = this.drafts.get(scope, id);
			if (!d.entry().isIssued()) {
				throw AppException.invalid("register.signed.notIssued");
			}
			RegisterFiles.StoredFile f = this.files.uploadSigned(scope, d.entry().getOutgoingDocumentId(),
					file == null ? null : file.getOriginalFilename(), bytes(file));
			return this.messages.get("register.signed.uploaded", f.fileName());
		});
	}

	static byte[] bytes(org.springframework.web.multipart.MultipartFile file) {
		try {
			return file == null ? new byte[0] : file.getBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@GetMapping("/register/entries/{entry}/files/{file}")
	ResponseEntity<byte[]> file(Scope scope, @PathVariable long entry, @PathVariable long file) {
		return download(this.files.download(scope, entry, file));
	}

	static ResponseEntity<byte[]> download(RegisterFiles.Content c) {
		return Downloads.attachment(c.bytes(), MediaType.parseMediaType(c.file().contentType()), c.file().fileName());
	}

	/**
	 * The editing form: "block-7" the text of block 7, "new-7" paragraphs to add after it
	 * (empty ones ignored), "remove-7" to remove it; other fields (version, _csrf) are
	 * not paragraphs.
	 */
	static ReportDrafts.Edit edit(org.springframework.util.MultiValueMap<String, String> form) {
		Map<Integer, List<String>> added = new TreeMap<>();
		java.util.Set<Integer> removed = new java.util.TreeSet<>();
		form.forEach((name, values) -> {
			if (name.startsWith(NEW)) {
				added.computeIfAbsent(index(name, NEW), k -> new java.util.ArrayList<>()).addAll(values);
			}
			else if (name.startsWith(REMOVE) && values.contains("true")) {
				removed.add(index(name, REMOVE));
			}
		});
		return new ReportDrafts.Edit(texts(form.toSingleValueMap()), added, removed);
	}

	private static int index(String name, String prefix) {
		try {
			return Integer.parseInt(name.substring(prefix.length()));
		}
		catch (NumberFormatException ex) {
			throw AppException.invalid("error.badRequest");
		}
	}

	/** "block-7" → 7; other fields (version, _csrf) are not paragraphs. */
	static Map<Integer, String> texts(Map<String, String> form) {
		Map<Integer, String> texts = new TreeMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(BLOCK)) {
				try {
					texts.put(Integer.parseInt(name.substring(BLOCK.length())), value);
				}
				catch (NumberFormatException ex) {
					throw AppException.invalid("error.badRequest");
				}
			}
		});
		return texts;
	}

}
