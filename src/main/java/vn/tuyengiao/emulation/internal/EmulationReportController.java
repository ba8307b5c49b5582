package vn.tuyengiao.emulation.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.EmulationReport;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.report.DocxRenderer;
import vn.tuyengiao.report.HtmlRenderer;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PdfRenderer;

/** The models, exemplars and awards report: preview, DOCX, PDF, a number from the register; downloads also under /api/v1. */
@Controller
class EmulationReportController {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final EmulationReport reports;

	private final DocumentRegister register;

	private final HtmlRenderer html;

	private final DocxRenderer docx;

	private final PdfRenderer pdf;

	private final Units units;

	private final Messages messages;

	EmulationReportController(EmulationReport reports, DocumentRegister register, HtmlRenderer html, DocxRenderer docx,
			PdfRenderer pdf, Units units, Messages messages) {
		this.reports = reports;
		this.register = register;
		this.html = html;
		this.docx = docx;
		this.pdf = pdf;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/models/report")
	String preview(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName, Model model) {
		EmulationReport.Request request = new EmulationReport.Request(this.units.defaultUnit(scope, unit), from, to, body, number,
				signerTitle, signerName);
		PartyDocument doc = this.reports.build(scope, request);
		model.addAttribute("preview", this.html.fragment(doc));
		model.addAttribute("request", request);
		model.addAttribute("fromValue", request.fromOrDefault());
		model.addAttribute("toValue", request.toOrDefault());
		model.addAttribute("units", this.units.committees(scope));
		model.addAttribute("bodies", this.register.bodies(scope));
		model.addAttribute("hasDrafts", doc.hasDrafts());
		return "emulation/report";
	}

	@PostMapping("/models/report/number")
	String number(Scope scope, @RequestParam long unit, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam long body,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName,
			RedirectAttributes redirect) {
		try {
			var doc = this.reports.build(scope, new EmulationReport.Request(unit, from, to, body, null, signerTitle, signerName));
			var issued = this.register.issue(scope, body, "BC", doc.typeName() + " " + String.join(" ", doc.subject()), to);
			redirect.addFlashAttribute("flash", this.messages.get("emulation.reportNumbered", issued.formatted()));
			redirect.addAttribute("number", issued.document().getNumber());
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		redirect.addAttribute("unit", unit);
		redirect.addAttribute("from", from);
		redirect.addAttribute("to", to);
		redirect.addAttribute("body", body);
		if (signerTitle != null) {
			redirect.addAttribute("signerTitle", signerTitle);
		}
		if (signerName != null) {
			redirect.addAttribute("signerName", signerName);
		}
		return "redirect:/models/report";
	}

	@GetMapping({ "/models/report.docx", "/api/v1/models/report.docx" })
	ResponseEntity<byte[]> docx(Scope scope, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		PartyDocument doc = this.reports.build(scope, new EmulationReport.Request(unit, from, to, body, number, signerTitle, signerName));
		return download(this.docx.render(doc), DOCX, "bao-cao-mo-hinh.docx");
	}

	@GetMapping({ "/models/report.pdf", "/api/v1/models/report.pdf" })
	ResponseEntity<byte[]> pdf(Scope scope, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		PartyDocument doc = this.reports.build(scope, new EmulationReport.Request(unit, from, to, body, number, signerTitle, signerName));
		return download(this.pdf.render(doc), MediaType.APPLICATION_PDF, "bao-cao-mo-hinh.pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
