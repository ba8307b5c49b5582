package vn.tuyengiao.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.register.ReportPages.Link;

/**
 * The monthly or ad-hoc opinion report: preview, DOCX, PDF, a draft kept in the register
 * (numbered when issued there); downloads also under /api/v1.
 */
@Controller
class OpinionReportController {

	private final OpinionReport reports;

	private final ReportPages pages;

	private final OrgUnits units;

	private final Clock clock;

	OpinionReportController(OpinionReport reports, ReportPages pages, OrgUnits units, Clock clock) {
		this.reports = reports;
		this.pages = pages;
		this.units = units;
		this.clock = clock;
	}

	/** The report's settings: unit, period (this month unless given), body, signer. */
	record ReportOptions(Long unit, LocalDate from, LocalDate to, Long body, String signerTitle, String signerName) {

		OpinionReport.Request request(long unitId, LocalDate today) {
			OpinionPeriod p = OpinionPeriod.of(this.from, this.to, today);
			return new OpinionReport.Request(unitId, p.from(), p.to(), this.body, this.signerTitle, this.signerName);
		}

	}

	@GetMapping("/opinion/report")
	String preview(Scope scope, ReportOptions o, Model model) {
		OpinionReport.Request r = o.request(this.units.defaultUnit(scope, o.unit()), today());
		this.pages.preview(scope, this.reports.build(scope, r), link(r).withBody(o.body()), model);
		model.addAttribute("reportUnit", this.units.get(scope, r.unitId()));
		model.addAttribute("from", r.from());
		model.addAttribute("to", r.to());
		return "opinion/report";
	}

	@PostMapping("/opinion/report/draft")
	String draft(Scope scope, ReportOptions o, RedirectAttributes redirect) {
		if (o.body() == null || o.unit() == null) {
			throw AppException.invalid("error.badRequest");
		}
		OpinionReport.Request r = o.request(o.unit(), today());
		return this.pages.draft(scope, "opinion", link(r), o.body(), () -> this.reports.build(scope, r), redirect);
	}

	@GetMapping({ "/opinion/report.docx", "/api/v1/opinion/report.docx" })
	@ApiResponse(responseCode = "200", description = "Word document (preview, no number)",
			content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
	@ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = "Báo cáo tình hình dư luận xã hội (tháng hoặc đột xuất; bản xem trước, chưa có số) dạng Word")
	ResponseEntity<byte[]> docx(Scope scope, @ParameterObject ReportOptions o) {
		return this.pages.docx(this.reports.build(scope, o.request(this.units.defaultUnit(scope, o.unit()), today())),
				"bao-cao-du-luan-xa-hoi.docx");
	}

	@GetMapping({ "/opinion/report.pdf", "/api/v1/opinion/report.pdf" })
	@ApiResponse(responseCode = "200", description = "PDF document (preview, no number)",
			content = @Content(mediaType = "application/pdf"))
	@ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = "Báo cáo tình hình dư luận xã hội (tháng hoặc đột xuất; bản xem trước, chưa có số) dạng PDF")
	ResponseEntity<byte[]> pdf(Scope scope, @ParameterObject ReportOptions o) {
		return this.pages.pdf(this.reports.build(scope, o.request(this.units.defaultUnit(scope, o.unit()), today())),
				"bao-cao-du-luan-xa-hoi.pdf");
	}

	private Link link(OpinionReport.Request r) {
		return Link.to("/opinion/report")
			.with("unit", r.unitId())
			.with("from", r.from())
			.with("to", r.to())
			.with("signerTitle", r.signerTitle())
			.with("signerName", r.signerName());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
