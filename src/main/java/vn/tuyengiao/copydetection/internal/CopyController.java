package vn.tuyengiao.copydetection.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.copydetection.CopyFindings;
import vn.tuyengiao.copydetection.CopyStatus;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;

/**
 * Copy detection pages: the flagged pairs and clusters of a campaign in a unit, and the
 * side-by-side view of a pair with the shared passages highlighted, where an officer
 * marks it as a confirmed copy or a false alarm.
 */
@Controller
class CopyController {

	private final CopyFindings copies;

	private final CommitmentService commitments;

	private final OrgUnits org;

	private final Messages messages;

	private final CopyPairsExport export;

	private final CampaignRechecks rechecks;

	CopyController(CopyFindings copies, CommitmentService commitments, OrgUnits org, Messages messages,
			CopyPairsExport export, CampaignRechecks rechecks) {
		this.export = export;
		this.rechecks = rechecks;
		this.copies = copies;
		this.commitments = commitments;
		this.org = org;
		this.messages = messages;
	}

	@GetMapping("/commitments/campaigns/{id}/copies")
	String flagged(Scope scope, @PathVariable long id, CopyList list, Model model) {
		CommitmentCampaign campaign = this.commitments.campaign(scope, id);
		OrgUnit root = this.org.viewRoot(scope, campaign.ownerUnitId(), list.unit());
		model.addAttribute("campaign", campaign);
		model.addAttribute("recheckPending", this.rechecks.pending(id));
		model.addAttribute("unit", root);
		model.addAttribute("children", this.org.children(scope, root.getId()));
		model.addAttribute("ancestry", this.org.ancestry(scope, root));
		model.addAttribute("status", list.status());
		model.addAttribute("statuses", CopyStatus.values());
		model.addAttribute("sort", list.sorting());
		int page = list.page() == null ? 0 : Math.max(0, list.page());
		if (list.pairsView()) {
			model.addAttribute("findings",
					list.sortedPage(this.copies.flagged(scope, id, root.getId(), list.status())));
		}
		else {
			model.addAttribute("clusters", Listing.Slice.ofList(this.copies.clustersWithPairs(scope, id, root.getId()),
					page, CopyList.CLUSTERS_PER_PAGE));
		}
		return "copies/campaign";
	}

	/** Every pair of the page's unit and status, in the page's order, as .xlsx. */
	@GetMapping("/commitments/campaigns/{id}/copies/export.xlsx")
	ResponseEntity<byte[]> export(Scope scope, @PathVariable long id, CopyList list) {
		CommitmentCampaign campaign = this.commitments.campaign(scope, id);
		OrgUnit root = this.org.viewRoot(scope, campaign.ownerUnitId(), list.unit());
		return Downloads.attachment(
				this.export.xlsx(list.sorted(this.copies.flagged(scope, id, root.getId(), list.status()))),
				Downloads.XLSX, CopyPairsExport.FILE_NAME);
	}

	@GetMapping("/commitments/copies/{id}")
	String pair(Scope scope, @PathVariable long id, @RequestParam(required = false) Long from, Model model) {
		CopyFindings.Pair pair = this.copies.pair(scope, id, from);
		model.addAttribute("pair", pair);
		model.addAttribute("f", pair.finding());
		model.addAttribute("canDecide", scope.canWrite() && scope.contains(pair.finding().checked().cellPath())
				&& (scope.pathPrefix() == null || (!scope.pathPrefix().equals(pair.finding().checked().cellPath())
						&& !scope.pathPrefix().equals(pair.finding().other().cellPath()))));
		model.addAttribute("decisions", new CopyStatus[] { CopyStatus.CONFIRMED_COPY, CopyStatus.FALSE_ALARM });
		return "copies/pair";
	}

	@PostMapping("/commitments/copies/{id}/decision")
	String decide(Scope scope, @PathVariable long id, @RequestParam(required = false) CopyStatus status,
			@RequestParam(required = false) String comment, @RequestParam long version,
			@RequestParam(required = false) Long from, RedirectAttributes redirect) {
		String back = "/commitments/copies/" + id + (from == null ? "" : "?from=" + from);
		try {
			CopyFindings.Finding f = this.copies.decide(scope, id, status, comment, version);
			redirect.addFlashAttribute("flash", this.messages.get(f.status() == CopyStatus.CONFIRMED_COPY
					? "commitment.copy.confirmedFlash" : "commitment.copy.falseAlarmFlash"));
		}
		catch (AppException ex) {
			if (FormActions.showsErrorPage(ex)) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
			if ("commitment.copy.gone".equals(ex.messageKey())) {
				return from == null ? "redirect:/commitments" : "redirect:/commitments/" + from;
			}
		}
		return "redirect:" + back;
	}

}
