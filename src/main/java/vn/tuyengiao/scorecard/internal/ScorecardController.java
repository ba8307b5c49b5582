package vn.tuyengiao.scorecard.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.ReportPages;
import vn.tuyengiao.scorecard.Indicator;
import vn.tuyengiao.scorecard.ScorecardThresholds;
import vn.tuyengiao.scorecard.Scorecards;

/**
 * The scorecard page, the drill-down of a cell, the thresholds page and the one-page
 * brief (Word, PDF; also under /api/v1).
 */
@Controller
class ScorecardController {

	private final Scorecards scorecards;

	private final ScorecardThresholds thresholds;

	private final ScorecardBrief brief;

	private final ReportPages pages;

	private final OrgUnits org;

	private final FormActions forms;

	private final Messages messages;

	ScorecardController(Scorecards scorecards, ScorecardThresholds thresholds, ScorecardBrief brief, ReportPages pages,
			OrgUnits org, FormActions forms, Messages messages) {
		this.scorecards = scorecards;
		this.thresholds = thresholds;
		this.brief = brief;
		this.pages = pages;
		this.org = org;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping("/scorecard")
	String page(Scope scope, ScorecardQuery q, Model model) {
		OrgUnit unit = this.org.get(scope, this.org.defaultUnit(scope, q.unit()));
		common(scope, unit, q, model);
		return this.forms.orForm(model, () -> {
			model.addAttribute("card", this.scorecards.scorecard(scope, q.request(unit.getId())));
			return "scorecard/scorecard";
		}, () -> "scorecard/scorecard");
	}

	/**
	 * A cell's drill-down: the row unit's own units for one indicator, and its records.
	 */
	@GetMapping("/scorecard/cell")
	String cell(Scope scope, ScorecardQuery q, Model model) {
		OrgUnit unit = this.org.get(scope, this.org.defaultUnit(scope, q.unit()));
		Indicator indicator = this.scorecards.indicator(q.indicator() == null ? "" : q.indicator());
		common(scope, unit, q, model);
		model.addAttribute("indicator", indicator);
		model.addAttribute("indicatorLabel", this.messages.get(indicator.labelKey()));
		return this.forms.orForm(model, () -> {
			model.addAttribute("card", this.scorecards.scorecard(scope, q.request(unit.getId()), indicator.key()));
			List<Indicator.Link> links = this.scorecards.records(scope, q.request(unit.getId()), indicator.key());
			model.addAttribute("links",
					links.stream()
						.map(l -> new Indicator.Link(this.messages.get(l.labelKey(), l.argument()), null, l.href()))
						.toList());
			return "scorecard/cell";
		}, () -> "scorecard/cell");
	}

	private void common(Scope scope, OrgUnit unit, ScorecardQuery q, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("unitLabel", this.org.label(unit));
		model.addAttribute("ancestry", this.org.ancestry(scope, unit));
		model.addAttribute("q", q);
	}

	@GetMapping("/scorecard/thresholds")
	String thresholdsPage(Scope scope, @RequestParam(required = false) Long unit, Model model) {
		OrgUnit u = this.org.get(scope, this.org.defaultUnit(scope, unit));
		model.addAttribute("unit", u);
		model.addAttribute("unitLabel", this.org.label(u));
		model.addAttribute("lines", this.thresholds.lines(scope, u.getId()));
		model.addAttribute("canEdit", scope.canManageUnits() && scope.contains(u.getPath()));
		return "scorecard/thresholds";
	}

	/** One indicator's thresholds as the form sends them. */
	record ThresholdForm(long unit, String indicator, BigDecimal green, BigDecimal amber, long version) {
	}

	@PostMapping("/scorecard/thresholds")
	String saveThresholds(Scope scope, ThresholdForm f, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/scorecard/thresholds?unit=" + f.unit(),
				() -> this.thresholds.set(scope, f.unit(), f.indicator(), f.green(), f.amber(), f.version()));
	}

	@PostMapping("/scorecard/thresholds/reset")
	String resetThresholds(Scope scope, ThresholdForm f, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/scorecard/thresholds?unit=" + f.unit(),
				() -> this.thresholds.reset(scope, f.unit(), f.indicator(), f.version()));
	}

	@GetMapping({ "/scorecard/brief.docx", "/api/v1/scorecard/brief.docx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "Word document (one-page brief, no number)",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Báo cáo tóm tắt tình hình thực hiện Chỉ thị 05 theo bảng chỉ tiêu (một trang) dạng Word")
	ResponseEntity<byte[]> docx(Scope scope, @ParameterObject ScorecardQuery q) {
		return this.pages.docx(this.brief.build(scope, q.request(this.org.defaultUnit(scope, q.unit()))),
				"bao-cao-tom-tat-chi-tieu.docx");
	}

	@GetMapping({ "/scorecard/brief.pdf", "/api/v1/scorecard/brief.pdf" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "PDF document (one-page brief, no number)",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Báo cáo tóm tắt tình hình thực hiện Chỉ thị 05 theo bảng chỉ tiêu (một trang) dạng PDF")
	ResponseEntity<byte[]> pdf(Scope scope, @ParameterObject ScorecardQuery q) {
		return this.pages.pdf(this.brief.build(scope, q.request(this.org.defaultUnit(scope, q.unit()))),
				"bao-cao-tom-tat-chi-tieu.pdf");
	}

}
