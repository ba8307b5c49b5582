package vn.tuyengiao.commitment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.commitment.AppraisalResult;
import vn.tuyengiao.commitment.Author;
import vn.tuyengiao.commitment.Commitment;
import vn.tuyengiao.commitment.CommitmentCampaign;
import vn.tuyengiao.commitment.CommitmentCompleteness;
import vn.tuyengiao.commitment.CommitmentKind;
import vn.tuyengiao.commitment.CommitmentSection;
import vn.tuyengiao.commitment.CommitmentService;
import vn.tuyengiao.commitment.EntryMode;
import vn.tuyengiao.commitment.FollowThrough;
import vn.tuyengiao.commitment.SimilarCommitments;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * Commitment pages: campaigns, the completeness dashboard with its roll-up, a cell's
 * members with the "enter for this member" action (phone friendly, for the cell
 * secretary), the entry form, sign-off and appraisal with the content checks, and the
 * reminders list.
 */
@Controller
class CommitmentController {

	private final CommitmentService commitments;

	private final CommitmentCompleteness completeness;

	private final OrgUnits org;

	private final Messages messages;

	private final FormActions actions;

	private final ObjectProvider<SimilarCommitments> similar;

	private final Clock clock;

	CommitmentController(CommitmentService commitments, CommitmentCompleteness completeness, OrgUnits org,
			Messages messages, ObjectProvider<SimilarCommitments> similar, Clock clock, FormActions actions) {
		this.commitments = commitments;
		this.completeness = completeness;
		this.org = org;
		this.messages = messages;
		this.actions = actions;
		this.similar = similar;
		this.clock = clock;
	}

	@GetMapping("/commitments")
	String campaigns(Scope scope, Model model) {
		model.addAttribute("campaigns", this.commitments.campaigns(scope));
		model.addAttribute("kinds", CommitmentKind.values());
		model.addAttribute("canCreate", scope.canManageUnits());
		model.addAttribute("defaultOwner", scope.rootUnitId() == null ? null : this.org.get(scope.rootUnitId()));
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		return "commitments/campaigns";
	}

	/** The new-campaign form. */
	record CampaignForm(Long ownerId, String ownerCode, CommitmentKind kind, int year, String title,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, Boolean expectExempt, Boolean expectAway,
			String guidanceTemplate) {
	}

	@PostMapping("/commitments")
	String create(Scope scope, CampaignForm form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/commitments", () -> {
			OrgUnit owner = this.org.resolve(scope, form.ownerId(), form.ownerCode());
			return this.commitments.createCampaign(scope,
					new CommitmentService.NewCampaign(owner.getId(), form.year(), form.kind(), form.title(),
							form.referenceDate(), form.deadline(), Boolean.TRUE.equals(form.expectExempt()),
							Boolean.TRUE.equals(form.expectAway()), form.guidanceTemplate()));
		}, c -> "/commitments/campaigns/" + c.id(), c -> this.messages.get("commitment.campaignCreated", c.title()));
	}

	/**
	 * The dashboard: the unit's figures, its child units, and for a cell its members with
	 * their commitments.
	 */
	@GetMapping("/commitments/campaigns/{id}")
	String campaign(Scope scope, @PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Integer page, Model model) {
		CommitmentCampaign campaign = this.commitments.campaign(scope, id);
		OrgUnit root = this.org.viewRoot(scope, campaign.ownerUnitId(), unit);
		CommitmentCompleteness.Node node = this.completeness.rollup(scope, id, root.getId());
		model.addAttribute("campaign", campaign);
		model.addAttribute("owner", this.org.get(campaign.ownerUnitId()));
		model.addAttribute("node", node);
		model.addAttribute("ancestry", this.org.ancestry(scope, root));
		boolean cell = root.getKind().holdsMembers() && node.children().isEmpty();
		model.addAttribute("isCell", cell);
		if (cell) {
			model.addAttribute("rows", Listing.Slice.ofList(this.completeness.members(scope, id, root.getId()),
					page == null ? 0 : page, Listing.PAGE_SIZE));
		}
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("canManage",
				scope.canManageUnits() && scope.contains(this.org.get(campaign.ownerUnitId()).getPath()));
		return "commitments/campaign";
	}

	@PostMapping("/commitments/campaigns/{id}/template")
	String template(Scope scope, @PathVariable long id, @RequestParam(required = false) String guidanceTemplate,
			@RequestParam long version, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/commitments/campaigns/" + id, () -> {
			this.commitments.setGuidanceTemplate(scope, id, guidanceTemplate, version);
			return this.messages.get("commitment.templateSaved");
		});
	}

	/** Who has not handed in, or must act: printable, and as .xlsx. */
	@GetMapping("/commitments/campaigns/{id}/reminders")
	String reminders(Scope scope, @PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Integer page, Model model) {
		CommitmentCampaign campaign = this.commitments.campaign(scope, id);
		OrgUnit u = this.org.viewRoot(scope, campaign.ownerUnitId(), unit);
		model.addAttribute("campaign", campaign);
		model.addAttribute("unit", u);
		model.addAttribute("rows", Listing.Slice.ofList(this.completeness.reminders(scope, id, u.getId()),
				page == null ? 0 : page, Listing.PAGE_SIZE));
		return "commitments/reminders";
	}

	@GetMapping("/commitments/campaigns/{id}/reminders.xlsx")
	ResponseEntity<byte[]> remindersXlsx(Scope scope, @PathVariable long id, @RequestParam(required = false) Long unit)
			throws IOException {
		CommitmentCampaign campaign = this.commitments.campaign(scope, id);
		OrgUnit u = this.org.viewRoot(scope, campaign.ownerUnitId(), unit);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<List<?>> rows = new ArrayList<>();
		List<CommitmentCompleteness.MemberRow> reminders = this.completeness.reminders(scope, id, u.getId());
		var cells = this.org.labelsOf(reminders.stream().map(CommitmentCompleteness.MemberRow::cellId).toList());
		for (CommitmentCompleteness.MemberRow r : reminders) {
			rows.add(List.of(cells.getOrDefault(r.cellId(), r.cellName()), r.fullName(),
					r.position() == null ? "" : r.position(), this.messages.get(r.statusKey()),
					r.retiredCadre() ? this.messages.get("common.yes") : "", this.messages.get(reminderKey(r))));
		}
		XlsxWriter.write(out, this.messages.get("commitment.reminders"),
				List.of(this.messages.get("commitment.col.cell"), this.messages.get("commitment.col.name"),
						this.messages.get("commitment.col.position"), this.messages.get("commitment.col.memberStatus"),
						this.messages.get("commitment.col.retired"), this.messages.get("commitment.col.todo")),
				rows);
		String name = "nhac-viec-cam-ket-" + campaign.year() + "-" + u.getShortCode() + ".xlsx";
		return Downloads.attachment(out.toByteArray(), Downloads.XLSX, name);
	}

	static String reminderKey(CommitmentCompleteness.MemberRow r) {
		if (r.missing()) {
			return "commitment.todo.missing";
		}
		return r.status() == vn.tuyengiao.commitment.CommitmentStatus.RETURNED ? "commitment.todo.returned"
				: "commitment.todo.sign";
	}

	// ---- entry

	@GetMapping("/commitments/campaigns/{id}/members/{memberId}")
	String entry(Scope scope, @PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) EntryMode mode, Model model) {
		CommitmentCampaign campaign = this.commitments.campaign(scope, id);
		Author author = this.commitments.author(scope, memberId);
		Commitment existing = this.commitments.forMember(scope, id, memberId).orElse(null);
		EntryMode m = mode != null ? mode : existing == null ? EntryMode.FORM : existing.entryMode();
		model.addAttribute("campaign", campaign);
		model.addAttribute("author", author);
		model.addAttribute("existing", existing);
		model.addAttribute("mode", m);
		model.addAttribute("modes", EntryMode.values());
		model.addAttribute("sections", CommitmentSection.values());
		model.addAttribute("maxMb", this.commitments.maxFileBytes() / 1024 / 1024);
		return "commitments/entry";
	}

	@PostMapping("/commitments/campaigns/{id}/members/{memberId}/form")
	String saveForm(Scope scope, @PathVariable long id, @PathVariable long memberId,
			@RequestParam Map<String, String> params, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		Map<CommitmentSection, String> sections = new EnumMap<>(CommitmentSection.class);
		for (CommitmentSection s : CommitmentSection.values()) {
			sections.put(s, params.get("section_" + s.name()));
		}
		return saved(scope, id, memberId, redirect,
				() -> this.commitments.save(scope, id, memberId, CommitmentService.Draft.form(sections), version));
	}

	@PostMapping("/commitments/campaigns/{id}/members/{memberId}/text")
	String saveText(Scope scope, @PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		return saved(scope, id, memberId, redirect,
				() -> this.commitments.save(scope, id, memberId, CommitmentService.Draft.text(text), version));
	}

	@PostMapping("/commitments/campaigns/{id}/members/{memberId}/upload")
	String upload(Scope scope, @PathVariable long id, @PathVariable long memberId,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return saved(scope, id, memberId, redirect, () -> {
			if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				throw AppException.invalid("commitment.file.none");
			}
			try {
				return this.commitments.upload(scope, id, memberId, file.getOriginalFilename(), file.getInputStream(),
						file.getSize(), version);
			}
			catch (IOException e) {
				throw AppException.invalid("commitment.file.corrupt", file.getOriginalFilename());
			}
		});
	}

	private String saved(Scope scope, long campaignId, long memberId, RedirectAttributes redirect,
			Supplier<Commitment> action) {
		return this.actions.redirect(redirect, "/commitments/campaigns/" + campaignId + "/members/" + memberId, action,
				c -> "/commitments/" + c.id(),
				c -> this.messages.get(c.editedAfterSignoff() ? "commitment.savedResubmit" : "commitment.saved"));
	}

	// ---- one commitment

	@GetMapping("/commitments/{id}")
	String commitment(Scope scope, @PathVariable long id, Model model) {
		Commitment c = this.commitments.get(scope, id);
		CommitmentCampaign campaign = this.commitments.campaign(scope, c.campaignId());
		Author author = this.commitments.author(scope, c.memberId());
		model.addAttribute("c", c);
		model.addAttribute("campaign", campaign);
		model.addAttribute("author", author);
		model.addAttribute("checks", this.commitments.checks(scope, id));
		model.addAttribute("history", this.commitments.history(scope, id));
		SimilarCommitments similar = this.similar.getIfAvailable();
		model.addAttribute("similar", similar == null ? List.of() : similar.of(scope, id));
		model.addAttribute("canWrite", scope.canWrite());
		// The appraisal team sits above the cell: the cell's own secretary does not
		// appraise.
		model.addAttribute("canAppraise",
				scope.canWrite() && (scope.pathPrefix() == null || !scope.pathPrefix().equals(author.cellPath())));
		model.addAttribute("results", AppraisalResult.values());
		model.addAttribute("follows", FollowThrough.values());
		model.addAttribute("sections", CommitmentSection.values());
		return "commitments/commitment";
	}

	@PostMapping("/commitments/{id}/sign-off")
	String signOff(Scope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			@RequestParam long version, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/commitments/" + id, () -> {
			Commitment c = this.commitments.signOff(scope, id, comment, version);
			return this.messages.get("commitment.signedFlash", this.commitments.author(scope, c.memberId()).fullName());
		});
	}

	@PostMapping("/commitments/{id}/appraisal")
	String appraise(Scope scope, @PathVariable long id, @RequestParam(required = false) AppraisalResult result,
			@RequestParam(required = false) String reasons, @RequestParam long version, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/commitments/" + id, () -> {
			this.commitments.appraise(scope, id, result, reasons, version);
			return this.messages
				.get(result == AppraisalResult.PASSED ? "commitment.appraisedFlash" : "commitment.returnedFlash");
		});
	}

	@PostMapping("/commitments/{id}/follow-through")
	String followThrough(Scope scope, @PathVariable long id,
			@RequestParam(required = false) FollowThrough followThrough, @RequestParam(required = false) String note,
			@RequestParam long version, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/commitments/" + id, () -> {
			this.commitments.recordFollowThrough(scope, id, followThrough, note, version);
			return this.messages.get("common.saved");
		});
	}

	@GetMapping("/commitments/{id}/file")
	ResponseEntity<byte[]> file(Scope scope, @PathVariable long id) {
		CommitmentService.StoredFile f = this.commitments.file(scope, id)
			.orElseThrow(() -> AppException.notFound("commitment.fileNotFound", String.valueOf(id)));
		return Downloads.attachment(f.content(), MediaType.parseMediaType(f.mediaType()), f.fileName());
	}

	/**
	 * The unit the dashboard opens on: the one asked for, else the user's own; never
	 * above the campaign's owner.
	 */

}
