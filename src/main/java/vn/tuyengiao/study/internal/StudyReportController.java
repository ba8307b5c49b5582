package vn.tuyengiao.study.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.register.ReportPages.Link;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.study.StudyReport;

/**
 * The campaign report: on-screen preview, editable DOCX and PDF, and a number from the
 * outgoing-document register. The same downloads are under /api/v1 for scripts.
 */
@Controller
class StudyReportController {

	private final StudyReport reports;

	private final ReportPages pages;

	StudyReportController(StudyReport reports, ReportPages pages) {
		this.reports = reports;
		this.pages = pages;
	}

	@GetMapping("/study/campaigns/{id}/report")
	String preview(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName,
			Model model) {
		StudyReport.Request request = new StudyReport.Request(id, unit, asOf, body, number, signerTitle, signerName);
		LocalDate asOfValue = asOf == null ? LocalDate.now() : asOf;
		this.pages.preview(scope, this.reports.build(scope, request),
				link(request, asOfValue).withNumbering(body, number), model);
		model.addAttribute("request", request);
		model.addAttribute("asOfValue", asOfValue);
		return "study/report";
	}

	/** Takes the next "BC" number of the chosen body and shows the report with it. */
	@PostMapping("/study/campaigns/{id}/report/number")
	String number(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, @RequestParam long body,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName,
			RedirectAttributes redirect) {
		StudyReport.Request request = new StudyReport.Request(id, unit, asOf, body, null, signerTitle, signerName);
		return this.pages.takeNumber(scope, link(request, asOf), body, asOf, () -> this.reports.build(scope, request),
				redirect);
	}

	@GetMapping({ "/study/campaigns/{id}/report.docx", "/api/v1/study/campaigns/{id}/report.docx" })
	ResponseEntity<byte[]> docx(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		return this.pages.docx(build(scope, id, unit, asOf, body, number, signerTitle, signerName),
				"bao-cao-hoc-tap.docx");
	}

	@GetMapping({ "/study/campaigns/{id}/report.pdf", "/api/v1/study/campaigns/{id}/report.pdf" })
	ResponseEntity<byte[]> pdf(Scope scope, @PathVariable long id, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		return this.pages.pdf(build(scope, id, unit, asOf, body, number, signerTitle, signerName),
				"bao-cao-hoc-tap.pdf");
	}

	private PartyDocument build(Scope scope, long id, long unit, LocalDate asOf, Long body, Integer number,
			String signerTitle, String signerName) {
		return this.reports.build(scope,
				new StudyReport.Request(id, unit, asOf, body, number, signerTitle, signerName));
	}

	/** The page of this report and what rebuilds it, without the numbering. */
	private static Link link(StudyReport.Request r, LocalDate asOf) {
		return Link.to("/study/campaigns/" + r.campaignId() + "/report")
			.with("unit", r.unitId())
			.with("asOf", asOf)
			.with("signerTitle", r.signerTitle())
			.with("signerName", r.signerName());
	}

}
