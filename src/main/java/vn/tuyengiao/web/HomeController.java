package vn.tuyengiao.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tuyengiao.common.Scope;
import vn.tuyengiao.member.MemberSearch;
import vn.tuyengiao.member.MemberStatus;
import vn.tuyengiao.org.OrgUnits;

@Controller
class HomeController {

	private final OrgUnits org;

	private final MemberSearch members;

	private final DashboardCounts counts;

	private final HomeDashboard dashboard;

	private final vn.tuyengiao.study.StudyService study;

	HomeController(OrgUnits org, MemberSearch members, DashboardCounts counts, HomeDashboard dashboard,
			vn.tuyengiao.study.StudyService study) {
		this.org = org;
		this.members = members;
		this.counts = counts;
		this.dashboard = dashboard;
		this.study = study;
	}

	@GetMapping("/")
	String home(Scope scope, Model model) {
		Map<MemberStatus, Long> byStatus = this.members.currentCounts(scope.pathPrefix());
		long onRoll = byStatus.entrySet()
			.stream()
			.filter(e -> e.getKey().onRoll())
			.mapToLong(Map.Entry::getValue)
			.sum();
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("onRoll", onRoll);
		model.addAttribute("scopeUnit", scope.rootUnitId() == null ? null : this.org.get(scope.rootUnitId()));
		model.addAttribute("unitCounts", this.counts.units(scope.pathPrefix()));
		vn.tuyengiao.member.MemberStanding.RollNow roll = this.counts.rollNow(scope.pathPrefix());
		model.addAttribute("retired", roll.retiredCadres());
		model.addAttribute("probationary", roll.probationary());
		model.addAttribute("roots", this.org.roots(scope));
		model.addAttribute("dashboard", this.dashboard.build(scope));
		return "home";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		return "login";
	}

	/** The reports that exist: each study campaign's report, the models report. */
	@GetMapping("/reports")
	String reports(Scope scope, Model model) {
		model.addAttribute("studyCampaigns", this.study.campaigns(scope));
		return "reports";
	}

	record UnitCounts(long units, long cells) {
	}

}
