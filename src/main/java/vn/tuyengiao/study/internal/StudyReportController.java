package vn.tuyengiao.study.internal;

import java.time.LocalDate;
import java.nio.charset.StandardCharsets;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.HtmlRenderer;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PdfRenderer;
import vn.tuyengiao.study.StudyReport;

/**
 * The campaign report: on-screen preview, editable DOCX and PDF, and a number from the outgoing-document
 * register. The same downloads are under /api/v1 for scripts.
 */
@Controller
class StudyReportController {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final StudyReport reports;

	private final DocumentRegister register;

	private final HtmlRenderer html;

	private final DocxRenderer docx;

	private final PdfRenderer pdf;

	private final Messages messages;

	StudyReportController(StudyReport reports, DocumentRegister register, HtmlRenderer html, DocxRenderer docx, PdfRenderer pdf,
			Messages messages) {
		this.reports = reports;
		this.register = register;
		this.html = html;
		this.docx = docx;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/study/campaigns/{id}/report")
	String preview(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName, Model model) {
		StudyReport.Request request = new StudyReport.Request(id, unit, asOf, body, number, signerTitle, signerName);
		PartyDocument doc = this.reports.build(scope, request);
		model.addAttribute("preview", this.html.fragment(doc));
		model.addAttribute("request", request);
		model.addAttribute("asOfValue", asOf == null ? LocalDate.now() : asOf);
		model.addAttribute("bodies", this.register.bodies(scope));
		model.addAttribute("hasDrafts", doc.hasDrafts());
		return "study/report";
	}

	/** Takes the next "BC" number of the chosen body and shows the report with it. */
	@PostMapping("/study/campaigns/{id}/report/number")
	String number(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, @RequestParam long body,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName,
			RedirectAttributes redirect) {
		try {
			var doc = this.reports.build(scope, new StudyReport.Request(id, unit, asOf, body, null, signerTitle, signerName));
			var issued = this.register.issue(scope, body, "BC", doc.typeName() + " " + String.join(" ", doc.subject()), asOf);
			redirect.addFlashAttribute("flash", this.messages.get("study.reportNumbered", issued.formatted()));
			redirect.addAttribute("number", issued.document().getNumber());
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		redirect.addAttribute("unit", unit);
		redirect.addAttribute("asOf", asOf);
		redirect.addAttribute("body", body);
		if (signerTitle != null) {
			redirect.addAttribute("signerTitle", signerTitle);
		}
		if (signerName != null) {
			redirect.addAttribute("signerName", signerName);
		}
		return "redirect:/study/campaigns/" + id + "/report";
	}

	@GetMapping({ "/study/campaigns/{id}/report.docx", "/api/v1/study/campaigns/{id}/report.docx" })
	ResponseEntity<byte[]> docx(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		PartyDocument doc = this.reports.build(scope, new StudyReport.Request(id, unit, asOf, body, number, signerTitle, signerName));
		return download(this.docx.render(doc), DOCX, "bao-cao-hoc-tap.docx");
	}

	@GetMapping({ "/study/campaigns/{id}/report.pdf", "/api/v1/study/campaigns/{id}/report.pdf" })
	ResponseEntity<byte[]> pdf(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		PartyDocument doc = this.reports.build(scope, new StudyReport.Request(id, unit, asOf, body, number, signerTitle, signerName));
		return download(this.pdf.render(doc), MediaType.APPLICATION_PDF, "bao-cao-hoc-tap.pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
