package vn.tuyengiao.emulation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.EmulationReport;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.register.ReportPages.Link;
import vn.tuyengiao.report.PartyDocument;

/**
 * The models, exemplars and awards report: preview, DOCX, PDF, a number from the
 * register; downloads also under /api/v1.
 */
@Controller
class EmulationReportController {

	private final EmulationReport reports;

	private final ReportPages pages;

	private final OrgUnits units;

	private final Clock clock;

	EmulationReportController(EmulationReport reports, ReportPages pages, OrgUnits units, Clock clock) {
		this.reports = reports;
		this.pages = pages;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/models/report")
	String preview(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName,
			Model model) {
		EmulationReport.Request request = new EmulationReport.Request(this.units.defaultUnit(scope, unit), from, to,
				body, number, signerTitle, signerName);
		this.pages.preview(scope, this.reports.build(scope, request), link(request).withNumbering(body, number), model);
		model.addAttribute("request", request);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("fromValue", request.fromOrDefault(today));
		model.addAttribute("toValue", request.toOrDefault(today));
		model.addAttribute("units", this.units.openCommittees(scope));
		return "emulation/report";
	}

	@PostMapping("/models/report/number")
	String number(Scope scope, @RequestParam long unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam long body,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName,
			RedirectAttributes redirect) {
		EmulationReport.Request request = new EmulationReport.Request(unit, from, to, body, null, signerTitle,
				signerName);
		return this.pages.takeNumber(scope, link(request), body, to, () -> this.reports.build(scope, request),
				redirect);
	}

	@GetMapping({ "/models/report.docx", "/api/v1/models/report.docx" })
	ResponseEntity<byte[]> docx(Scope scope, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		return this.pages.docx(build(scope, unit, from, to, body, number, signerTitle, signerName),
				"bao-cao-mo-hinh.docx");
	}

	@GetMapping({ "/models/report.pdf", "/api/v1/models/report.pdf" })
	ResponseEntity<byte[]> pdf(Scope scope, @RequestParam long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long body, @RequestParam(required = false) Integer number,
			@RequestParam(required = false) String signerTitle, @RequestParam(required = false) String signerName) {
		return this.pages.pdf(build(scope, unit, from, to, body, number, signerTitle, signerName),
				"bao-cao-mo-hinh.pdf");
	}

	private PartyDocument build(Scope scope, long unit, LocalDate from, LocalDate to, Long body, Integer number,
			String signerTitle, String signerName) {
		return this.reports.build(scope,
				new EmulationReport.Request(unit, from, to, body, number, signerTitle, signerName));
	}

	/** The page of this report and what rebuilds it, without the numbering. */
	private Link link(EmulationReport.Request r) {
		LocalDate today = LocalDate.now(this.clock);
		return Link.to("/models/report")
			.with("unit", r.unitId())
			.with("from", r.fromOrDefault(today))
			.with("to", r.toOrDefault(today))
			.with("signerTitle", r.signerTitle())
			.with("signerName", r.signerName());
	}

}
