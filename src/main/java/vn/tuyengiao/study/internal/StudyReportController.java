package vn.tuyengiao.study.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.study.StudyService;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.register.ReportPages.Link;
import vn.tuyengiao.study.StudyReport;

/**
 * The campaign report: on-screen preview, editable DOCX and PDF, and a draft kept in the
 * outgoing-document register, numbered when issued. The same downloads are under /api/v1
 * for scripts. Every handler takes the report's choices as one
 * {@link StudyForms.ReportParams}.
 */
@Controller
class StudyReportController {

	private final StudyReport reports;

	private final ReportPages pages;

	private final Clock clock;

	private final StudyService study;

	private final OrgUnits org;

	StudyReportController(StudyReport reports, ReportPages pages, Clock clock, StudyService study, OrgUnits org) {
		this.study = study;
		this.org = org;
		this.reports = reports;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/study/campaigns/{id}/report")
	String preview(Scope scope, @PathVariable long id, StudyForms.ReportParams params, Model model) {
		StudyReport.Request request = withUnit(scope, id, params).toRequest(id);
		LocalDate asOfValue = params.asOf() == null ? LocalDate.now(this.clock) : params.asOf();
		this.pages.preview(scope, this.reports.build(scope, request), link(request, asOfValue).withBody(params.body()),
				model);
		model.addAttribute("request", request);
		model.addAttribute("asOfValue", asOfValue);
		return "study/report";
	}

	/**
	 * "Tạo dự thảo": keeps the report, as of its date, as a draft of the chosen body in
	 * the register and opens it for editing. The number comes when the draft is issued.
	 */
	@PostMapping("/study/campaigns/{id}/report/draft")
	String draft(Scope scope, @PathVariable long id, StudyForms.ReportParams params, RedirectAttributes redirect) {
		LocalDate asOf = StudyForms.required(params.asOf());
		long body = StudyForms.required(params.body());
		StudyReport.Request request = new StudyReport.Request(id, StudyForms.required(params.unit()), asOf, body,
				params.signerTitle(), params.signerName());
		return this.pages.draft(scope, "study", link(request, asOf), body, () -> this.reports.build(scope, request),
				redirect);
	}

	@GetMapping({ "/study/campaigns/{id}/report.docx", "/api/v1/study/campaigns/{id}/report.docx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "Word document (preview, no number)",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = "Báo cáo kết quả học tập của một đơn vị (bản xem trước, chưa có số) dạng Word")
	ResponseEntity<byte[]> docx(Scope scope, @PathVariable long id, @ParameterObject StudyForms.ReportParams params) {
		return this.pages.docx(this.reports.build(scope, withUnit(scope, id, params).toRequest(id)),
				"bao-cao-hoc-tap.docx");
	}

	@GetMapping({ "/study/campaigns/{id}/report.pdf", "/api/v1/study/campaigns/{id}/report.pdf" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "PDF document (preview, no number)",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@Operation(summary = "Báo cáo kết quả học tập của một đơn vị (bản xem trước, chưa có số) dạng PDF")
	ResponseEntity<byte[]> pdf(Scope scope, @PathVariable long id, @ParameterObject StudyForms.ReportParams params) {
		return this.pages.pdf(this.reports.build(scope, withUnit(scope, id, params).toRequest(id)),
				"bao-cao-hoc-tap.pdf");
	}

	/**
	 * Without a unit the report is the user's own unit's (or the campaign owner's, seen
	 * from above).
	 */
	private StudyForms.ReportParams withUnit(Scope scope, long campaignId, StudyForms.ReportParams params) {
		if (params.unit() != null) {
			return params;
		}
		long unit = this.org.viewRoot(scope, this.study.campaign(scope, campaignId).getOwnerUnitId(), null).getId();
		return params.withUnit(unit);
	}

	/** The page of this report and what rebuilds it, without the body. */
	private static Link link(StudyReport.Request r, LocalDate asOf) {
		return Link.to("/study/campaigns/" + r.campaignId() + "/report")
			.with("unit", r.unitId())
			.with("asOf", asOf)
			.with("signerTitle", r.signerTitle())
			.with("signerName", r.signerName());
	}

}
