package vn.tuyengiao.register;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.report.DocumentHeader;
import vn.tuyengiao.report.DocumentNumber;
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.HtmlRenderer;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PdfRenderer;
import vn.tuyengiao.report.Recipients;
import vn.tuyengiao.report.Signature;

/**
 * What every report page shares (study campaign, models, and the supervision and press
 * reports to come): the preview with its downloads and "Tạo dự thảo" button (template
 * fragment {@code fragments/report}), keeping the report as a draft of the chosen issuing
 * body in the register ({@link ReportDrafts}), and the DOCX / PDF downloads of the
 * preview. A preview is never numbered: numbers come from the register when a draft is
 * issued. A report controller builds its {@link PartyDocument} and a {@link Link} (the
 * page's path and the parameters that rebuild the same document); everything else is
 * here, so the pages behave alike.
 */
@Component
public class ReportPages {

	/** The parameter naming the issuing body. */
	static final String BODY = "body";

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final DocumentRegister register;

	private final ReportDrafts drafts;

	private final HtmlRenderer html;

	private final DocxRenderer docx;

	private final PdfRenderer pdf;

	private final Messages messages;

	private final FormActions actions;

	ReportPages(DocumentRegister register, ReportDrafts drafts, HtmlRenderer html, DocxRenderer docx, PdfRenderer pdf,
			Messages messages, FormActions actions) {
		this.register = register;
		this.drafts = drafts;
		this.actions = actions;
		this.html = html;
		this.docx = docx;
		this.pdf = pdf;
		this.messages = messages;
	}

	/**
	 * A report page's path ({@code /models/report}; the downloads add ".docx" / ".pdf",
	 * drafting adds "/draft") and the query parameters that rebuild the same document, in
	 * order. Empty values are left out; dates are written ISO (yyyy-MM-dd), as the pages
	 * read them.
	 */
	public record Link(String path, Map<String, String> params) {

		public Link {
			params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		}

		public static Link to(String path) {
			return new Link(path, Map.of());
		}

		public Link with(String name, Object value) {
			String text = value == null ? null : value.toString();
			if (text == null || text.isBlank()) {
				return this;
			}
			Map<String, String> more = new LinkedHashMap<>(this.params);
			more.put(name, text);
			return new Link(this.path, more);
		}

		/** The issuing body ({@code body}) whose register keeps the draft. */
		public Link withBody(Long bodyId) {
			return with(BODY, bodyId);
		}

		String url(String suffix) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath(this.path + suffix);
			this.params.forEach(b::queryParam);
			return b.encode(StandardCharsets.UTF_8).build().toUriString();
		}

		/** The query string, as the draft keeps it to say what it was drafted from. */
		String query() {
			String url = url("");
			int q = url.indexOf('?');
			return q < 0 ? "" : url.substring(q + 1);
		}

	}

	/**
	 * What {@code fragments/report :: actions} shows: the document as HTML, the download
	 * links, and, when a body is chosen, the "Tạo dự thảo" form with its hidden fields.
	 */
	public record View(String preview, boolean hasDrafts, String docxUrl, String pdfUrl, String draftUrl,
			Map<String, String> draftFields, boolean canDraft, Long bodyId) {
	}

	/**
	 * The header of a report: the issuing body's (its superior above a department, its
	 * place), or, without a body, the unit's, unnumbered either way ("Số -BC/BTG").
	 */
	public static DocumentHeader header(IssuingBody body, String unitName, String unitAbbreviation, String unitPlace,
			LocalDate date) {
		if (body != null) {
			return body.header(DocumentNumber.unnumbered("BC", body.canNumber() ? body.getAbbreviation() : "…"), date);
		}
		String abbreviation = unitAbbreviation == null || unitAbbreviation.isBlank() ? "…" : unitAbbreviation;
		return new DocumentHeader(null, unitName.toUpperCase(VI), DocumentNumber.unnumbered("BC", abbreviation),
				unitPlace, date);
	}

	/**
	 * The signature: the body's default signer, the title and name typed on the page
	 * replacing its own; a dotted line for a name not known yet.
	 */
	public static Signature signature(IssuingBody body, String title, String name) {
		Signature byDefault = body != null ? body.signature() : Signature.head("TRƯỞNG BAN", "……………………");
		return new Signature(byDefault.authority(),
				title == null || title.isBlank() ? byDefault.title() : title.strip().toUpperCase(VI),
				name == null || name.isBlank() ? byDefault.name() : name.strip());
	}

	/** The body's default recipients when it has any, else the report's own. */
	public static Recipients recipients(IssuingBody body, Recipients reportDefault) {
		return body != null && !body.recipientLines().isEmpty() ? body.defaultRecipients() : reportDefault;
	}

	/**
	 * Puts the preview ({@code report}) and the user's issuing bodies ({@code bodies}) in
	 * the model.
	 */
	public void preview(Scope scope, PartyDocument doc, Link link, Model model) {
		String body = link.params().get(BODY);
		model.addAttribute("report",
				new View(this.html.fragment(doc.at(PartyDocument.Stage.PREVIEW)), doc.hasDrafts(), link.url(".docx"),
						link.url(".pdf"), link.path() + "/draft", link.params(), body != null,
						body == null ? null : Long.valueOf(body)));
		model.addAttribute("bodies", this.register.bodies(scope));
	}

	/**
	 * "Tạo dự thảo": keeps the report as a draft of the body in the register and opens it
	 * for editing; a refusal goes back to the preview with the reason, except a 403 or
	 * 404, which shows the error page ({@link FormActions}).
	 */
	public String draft(Scope scope, String kind, Link link, long bodyId, Supplier<PartyDocument> build,
			RedirectAttributes redirect) {
		Link back = link.withBody(bodyId);
		String view = this.actions.redirect(redirect, back.url(""), () -> {
			var draft = this.drafts.create(scope,
					new ReportDrafts.NewDraft(kind, back.query(), bodyId, "BC", build.get()));
			return draft.getId();
		}, id -> "/register/drafts/" + id, id -> this.messages.get("report.drafted"));
		return view;
	}

	public ResponseEntity<byte[]> docx(PartyDocument doc, String fileName) {
		return Downloads.attachment(this.docx.render(doc.at(PartyDocument.Stage.PREVIEW)), Downloads.DOCX, fileName);
	}

	public ResponseEntity<byte[]> pdf(PartyDocument doc, String fileName) {
		return Downloads.attachment(this.pdf.render(doc.at(PartyDocument.Stage.PREVIEW)), MediaType.APPLICATION_PDF,
				fileName);
	}

}
