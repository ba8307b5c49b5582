package vn.tuyengiao.emulation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springdoc.core.annotations.ParameterObject;
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
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.register.ReportPages.Link;

/**
 * The models, exemplars and awards report: preview, DOCX, PDF, a draft kept in the
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

	/** The report's optional settings, as the page and the downloads name them. */
	record ReportOptions(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long body, String signerTitle,
			String signerName) {

		EmulationReport.Request request(long unitId) {
			return new EmulationReport.Request(unitId, this.from, this.to, this.body, this.signerTitle,
					this.signerName);
		}

	}

	@GetMapping("/models/report")
	String preview(Scope scope, @RequestParam(required = false) Long unit, ReportOptions o, Model model) {
		EmulationReport.Request request = o.request(this.units.defaultUnit(scope, unit));
		this.pages.preview(scope, this.reports.build(scope, request), link(request).withBody(o.body()), model);
		model.addAttribute("request", request);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("fromValue", request.fromOrDefault(today));
		model.addAttribute("toValue", request.toOrDefault(today));
		model.addAttribute("reportUnit", this.units.get(scope, request.unitId()));
		return "emulation/report";
	}

	/**
	 * "Tạo dự thảo": keeps the report for its period as a draft of the chosen body in the
	 * register and opens it for editing.
	 */
	@PostMapping("/models/report/draft")
	String draft(Scope scope, @RequestParam long unit, ReportOptions o, RedirectAttributes redirect) {
		if (o.body() == null) {
			throw vn.tuyengiao.common.AppException.invalid("error.badRequest");
		}
		EmulationReport.Request request = o.request(unit);
		return this.pages.draft(scope, "models", link(request), o.body(), () -> this.reports.build(scope, request),
				redirect);
	}

	@GetMapping({ "/models/report.docx", "/api/v1/models/report.docx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "Word document (preview, no number)",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Báo cáo mô hình, gương điển hình, khen thưởng (bản xem trước, chưa có số) dạng Word")
	ResponseEntity<byte[]> docx(Scope scope, @RequestParam long unit, @ParameterObject ReportOptions o) {
		return this.pages.docx(this.reports.build(scope, o.request(unit)), "bao-cao-mo-hinh.docx");
	}

	@GetMapping({ "/models/report.pdf", "/api/v1/models/report.pdf" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "PDF document (preview, no number)",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Báo cáo mô hình, gương điển hình, khen thưởng (bản xem trước, chưa có số) dạng PDF")
	ResponseEntity<byte[]> pdf(Scope scope, @RequestParam long unit, @ParameterObject ReportOptions o) {
		return this.pages.pdf(this.reports.build(scope, o.request(unit)), "bao-cao-mo-hinh.pdf");
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
