package vn.tuyengiao.register;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
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
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.HtmlRenderer;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PdfRenderer;

/**
 * What every report page shares (study campaign, models, and the supervision and press
 * reports to come): the preview with its downloads and "Lấy số văn bản" button (template
 * fragment {@code fragments/report}), taking the next "BC" number of the chosen issuing
 * body, and the DOCX / PDF downloads. A report controller builds its
 * {@link PartyDocument} and a {@link Link} (the page's path and the parameters that
 * rebuild the same document); everything else is here, so the pages behave alike.
 */
@Component
public class ReportPages {

	/**
	 * The parameter naming the issuing body, and the one carrying the number the register
	 * gave.
	 */
	static final String BODY = "body";

	static final String NUMBER = "number";

	private final DocumentRegister register;

	private final HtmlRenderer html;

	private final DocxRenderer docx;

	private final PdfRenderer pdf;

	private final Messages messages;

	private final FormActions actions;

	ReportPages(DocumentRegister register, HtmlRenderer html, DocxRenderer docx, PdfRenderer pdf, Messages messages,
			FormActions actions) {
		this.actions = actions;
		this.register = register;
		this.html = html;
		this.docx = docx;
		this.pdf = pdf;
		this.messages = messages;
	}

	/**
	 * A report page's path ({@code /models/report}; the downloads add ".docx" / ".pdf",
	 * numbering adds "/number") and the query parameters that rebuild the same document,
	 * in order. Empty values are left out; dates are written ISO (yyyy-MM-dd), as the
	 * pages read them.
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

		/**
		 * The issuing body ({@code body}) and the number it gave, if any
		 * ({@code number}).
		 */
		public Link withNumbering(Long bodyId, Integer number) {
			return with(BODY, bodyId).with(NUMBER, number);
		}

		String url(String suffix) {
			UriComponentsBuilder b = UriComponentsBuilder.fromPath(this.path + suffix);
			this.params.forEach(b::queryParam);
			return b.encode(StandardCharsets.UTF_8).build().toUriString();
		}

	}

	/**
	 * What {@code fragments/report :: actions} shows: the document as HTML, the download
	 * links, and, when a body is chosen and no number taken yet, the numbering form with
	 * its hidden fields.
	 */
	public record View(String preview, boolean hasDrafts, String docxUrl, String pdfUrl, String numberUrl,
			Map<String, String> numberFields, boolean canTakeNumber, Long bodyId) {
	}

	/**
	 * Puts the preview ({@code report}) and the user's issuing bodies ({@code bodies}) in
	 * the model.
	 */
	public void preview(Scope scope, PartyDocument doc, Link link, Model model) {
		Map<String, String> fields = new LinkedHashMap<>(link.params());
		fields.remove(NUMBER);
		String body = link.params().get(BODY);
		model.addAttribute("report",
				new View(this.html.fragment(doc), doc.hasDrafts(), link.url(".docx"), link.url(".pdf"),
						link.path() + "/number", fields, body != null && !link.params().containsKey(NUMBER),
						body == null ? null : Long.valueOf(body)));
		model.addAttribute("bodies", this.register.bodies(scope));
	}

	/**
	 * Takes the next "BC" number of the body for the document and goes back to the
	 * preview with it and a message; a refusal (no committee term, bad period…) goes back
	 * with the reason instead, except a 403 or 404, which shows the error page
	 * ({@link FormActions}).
	 */
	public String takeNumber(Scope scope, Link link, long bodyId, LocalDate issuedOn, Supplier<PartyDocument> build,
			RedirectAttributes redirect) {
		Link[] back = { link.with(BODY, bodyId) };
		String view = this.actions.redirect(redirect, back[0].path(), () -> {
			PartyDocument doc = build.get();
			var issued = this.register.issue(scope, bodyId, "BC",
					doc.typeName() + " " + String.join(" ", doc.subject()), issuedOn);
			back[0] = back[0].with(NUMBER, issued.document().getNumber());
			return this.messages.get("report.numbered", issued.reference());
		});
		back[0].params().forEach(redirect::addAttribute);
		return view;
	}

	public ResponseEntity<byte[]> docx(PartyDocument doc, String fileName) {
		return Downloads.attachment(this.docx.render(doc), Downloads.DOCX, fileName);
	}

	public ResponseEntity<byte[]> pdf(PartyDocument doc, String fileName) {
		return Downloads.attachment(this.pdf.render(doc), MediaType.APPLICATION_PDF, fileName);
	}

}
