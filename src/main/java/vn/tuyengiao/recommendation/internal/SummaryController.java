package vn.tuyengiao.recommendation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.recommendation.RecommendationSummary;

/**
 * The counts page for the periodic reports, with the section listing recommendations by
 * unit.
 */
@Controller
class SummaryController {

	private final RecommendationSummary summary;

	private final OrgUnits org;

	private final Clock clock;

	SummaryController(RecommendationSummary summary, OrgUnits org, Clock clock) {
		this.summary = summary;
		this.org = org;
		this.clock = clock;
	}

	@GetMapping("/recommendations/summary")
	String summary(Scope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		long unit = this.org.defaultUnit(scope, unitId);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate f = from != null ? from : today.minusYears(1).plusDays(1);
		LocalDate t = to != null ? to : today;
		model.addAttribute("unit", this.org.get(scope, unit));
		model.addAttribute("unitLabel", this.org.labelOf(unit));
		model.addAttribute("from", f);
		model.addAttribute("to", t);
		model.addAttribute("total", this.summary.forUnit(scope, unit, f, t));
		model.addAttribute("units", this.summary.perUnit(scope, unit, f, t));
		model.addAttribute("section", this.summary.section(scope, unit, f, t));
		return "recommendation/summary";
	}

}
