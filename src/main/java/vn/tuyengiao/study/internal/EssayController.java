package vn.tuyengiao.study.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.study.EssayGrade;
import vn.tuyengiao.study.LearningEssays;
import vn.tuyengiao.study.StudyCampaign;
import vn.tuyengiao.study.StudyService;

/**
 * The learning essays (bài thu hoạch) of a campaign: the list for a unit with each
 * essay's grade, filtered by grade and name, a page at a time; one essay with its
 * appraisal, and the appraisal form for the units above the member's cell.
 */
@Controller
class EssayController {

	private final StudyService study;

	private final LearningEssays essays;

	private final OrgUnits org;

	private final FormActions forms;

	EssayController(StudyService study, LearningEssays essays, OrgUnits org, FormActions forms) {
		this.study = study;
		this.essays = essays;
		this.org = org;
		this.forms = forms;
	}

	/** The list's query: unit (default: the user's), grade filter, name, page. */
	record EssayQuery(Long unit, String grade, String q, Integer page) {
	}

	/** The appraisal form. */
	record AppraisalForm(EssayGrade grade, String comment) {
	}

	@GetMapping("/study/campaigns/{id}/essays")
	String list(Scope scope, @PathVariable long id, EssayQuery query, Model model) {
		StudyCampaign campaign = this.study.campaign(scope, id);
		OrgUnit unit = this.org.viewRoot(scope, campaign.getOwnerUnitId(), query.unit());
		model.addAttribute("campaign", campaign);
		model.addAttribute("unit", unit);
		model.addAttribute("query", query);
		model.addAttribute("ancestry", this.org.ancestry(scope, unit));
		model.addAttribute("children",
				this.org.children(scope, unit.getId()).stream().filter(u -> !u.isClosed()).toList());
		model.addAttribute("grades", EssayGrade.values());
		model.addAttribute("essays", this.essays.page(scope, id, unit.getId(),
				new LearningEssays.Filter(query.grade(), query.q()), query.page() == null ? 1 : query.page()));
		return "study/essays";
	}

	@GetMapping("/study/campaigns/{id}/essays/{memberId}")
	String essay(Scope scope, @PathVariable long id, @PathVariable long memberId, Model model) {
		model.addAttribute("campaign", this.study.campaign(scope, id));
		model.addAttribute("essay", this.essays.essay(scope, id, memberId));
		model.addAttribute("grades", EssayGrade.values());
		model.addAttribute("canAppraise", scope.canWrite());
		return "study/essay";
	}

	@PostMapping("/study/campaigns/{id}/essays/{memberId}/appraisal")
	String appraise(Scope scope, @PathVariable long id, @PathVariable long memberId, AppraisalForm form,
			RedirectAttributes redirect) {
		return this.forms.save(redirect, "/study/campaigns/" + id + "/essays/" + memberId, () -> {
			this.essays.appraise(scope, id, memberId, appraiser(scope, id), form.grade(), form.comment());
		});
	}

	/**
	 * The unit that appraises for this user: their own unit, or for a user of the whole
	 * tree the campaign's owner.
	 */
	private long appraiser(Scope scope, long campaignId) {
		return scope.rootUnitId() != null ? scope.rootUnitId()
				: this.study.campaign(scope, campaignId).getOwnerUnitId();
	}

}
