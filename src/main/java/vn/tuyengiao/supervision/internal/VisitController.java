package vn.tuyengiao.supervision.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.CacheControl;
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

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.supervision.Answer;
import vn.tuyengiao.supervision.Checklist;
import vn.tuyengiao.supervision.Finding;
import vn.tuyengiao.supervision.FindingKind;
import vn.tuyengiao.supervision.Grade;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.SupervisionBrief;
import vn.tuyengiao.supervision.SupervisionFindings;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.supervision.VisitSync;

/**
 * A visit on a phone: open findings of earlier visits first, the checklist answers, the
 * findings with their remedies; the brief; the unit's own findings and the overdue list.
 */
@Controller
class VisitController {

	private final SupervisionPlans plans;

	private final SupervisionFindings findings;

	private final SupervisionBrief brief;

	private final VisitSync sync;

	static final int THUMB_SIDE = 320;

	private final Photos photos;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	private final Clock clock;

	VisitController(SupervisionPlans plans, SupervisionFindings findings, SupervisionBrief brief, VisitSync sync,
			Photos photos, OrgUnits org, FormActions actions, Messages messages, Clock clock) {
		this.plans = plans;
		this.findings = findings;
		this.brief = brief;
		this.sync = sync;
		this.photos = photos;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	record FindingForm(FindingKind kind, String itemCode, String note, String remedy, Long responsibleUnitId,
			LocalDate deadline, MultipartFile photo) {
	}

	@GetMapping("/supervision/visits/{id}")
	String visit(Scope scope, @PathVariable long id, Model model) {
		Visit visit = this.plans.visit(scope, id);
		Plan plan = this.plans.plan(scope, visit.planId());
		List<Answer> answers = this.sync.pack(scope, id).answers();
		Map<String, Answer> current = new HashMap<>();
		List<Answer> others = new ArrayList<>();
		for (Answer a : answers) {
			if (Answer.CURRENT.equals(a.status())) {
				current.put(a.itemCode(), a);
			}
			else if (!Answer.SUPERSEDED.equals(a.status())) {
				others.add(a);
			}
		}
		boolean team = scope.canWrite() && (plan.onTeam(scope.username()) || visit.members().contains(scope.username())
				|| scope.contains(plan.unitPath()));
		model.addAttribute("visit", visit);
		model.addAttribute("plan", plan);
		model.addAttribute("unitLabel", this.org.labelOf(visit.unitId()));
		model.addAttribute("unit", this.org.get(visit.unitId()));
		model.addAttribute("checklist", this.plans.checklistOf(scope, visit));
		model.addAttribute("current", current);
		model.addAttribute("otherAnswers", others);
		model.addAttribute("openBefore", this.findings.openBefore(scope, id));
		model.addAttribute("findings", this.findings.ofVisit(scope, id));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("kinds", FindingKind.values());
		model.addAttribute("canRecord", team);
		model.addAttribute("canRaise", scope.canWrite() && scope.contains(visit.unitPath()));
		model.addAttribute("maxPhotoMb", this.photos.maxBytes() / (1024 * 1024));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "supervision/visit";
	}

	/**
	 * The answers form: one field per item ("a_CODE"), sent like a phone's sync batch.
	 */
	@PostMapping("/supervision/visits/{id}/answers")
	String answers(Scope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/supervision/visits/" + id, () -> {
			Visit visit = this.plans.visit(scope, id);
			Checklist checklist = this.plans.checklistOf(scope, visit);
			List<VisitSync.SyncAnswer> answers = new ArrayList<>();
			for (Checklist.Item item : checklist.items()) {
				String value = form.get("a_" + item.code());
				String seen = form.get("seen_" + item.code());
				if (value == null || value.isBlank() || value.equals(form.get("was_" + item.code()))) {
					continue;
				}
				answers.add(new VisitSync.SyncAnswer(UUID.randomUUID().toString(), item.code(), value.strip(), null,
						seen == null || seen.isBlank() ? null : seen, this.clock.instant()));
			}
			VisitSync.Result r = this.sync.sync(scope, id,
					new VisitSync.Batch(checklist.id(), answers, List.of(), List.of()));
			String done = this.messages.get("supervision.answersSaved", r.answersStored());
			return r.conflicts().isEmpty() ? done
					: done + " " + this.messages.get("supervision.answerConflicts", r.conflicts().size());
		});
	}

	@PostMapping("/supervision/visits/{id}/findings")
	String addFinding(Scope scope, @PathVariable long id, FindingForm f, RedirectAttributes redirect)
			throws IOException {
		byte[] photo = f.photo() == null || f.photo().isEmpty() ? null : f.photo().getBytes();
		String name = f.photo() == null ? "" : f.photo().getOriginalFilename();
		return this.actions.redirect(redirect, "/supervision/visits/" + id, () -> {
			List<VisitSync.SyncPhoto> photoList = new ArrayList<>();
			String photoUuid = null;
			if (photo != null) {
				this.photos.check(photo, name);
				photoUuid = UUID.randomUUID().toString();
				photoList.add(new VisitSync.SyncPhoto(photoUuid, null, photo));
			}
			SupervisionFindings.NewFinding nf = new SupervisionFindings.NewFinding(UUID.randomUUID().toString(),
					f.kind(), f.itemCode() == null || f.itemCode().isBlank() ? null : f.itemCode(), f.note(), photoUuid,
					f.remedy(), f.responsibleUnitId(), null, f.deadline());
			this.sync.sync(scope, id, new VisitSync.Batch(null, List.of(), List.of(nf), photoList));
			return this.messages.get("supervision.findingSaved");
		});
	}

	@GetMapping("/supervision/visits/{id}/brief")
	String brief(Scope scope, @PathVariable long id, Model model) {
		SupervisionBrief.Brief b = this.brief.brief(scope, id);
		model.addAttribute("brief", b);
		model.addAttribute("unit", this.org.get(b.visit().unitId()));
		return "supervision/brief";
	}

	@GetMapping("/supervision/findings")
	String mine(Scope scope, @RequestParam(required = false) Integer page, Model model) {
		Listing.Slice<Finding> slice = Listing.Slice.ofList(this.findings.forUnits(scope), page == null ? 0 : page,
				Listing.PAGE_SIZE);
		model.addAttribute("slice", slice);
		model.addAttribute("findings", slice.rows());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("maxPhotoMb", this.photos.maxBytes() / (1024 * 1024));
		model.addAttribute("canWrite", scope.canWrite());
		return "supervision/findings";
	}

	@GetMapping("/supervision/overdue")
	String overdue(Scope scope, @RequestParam(required = false) Integer page, Model model) {
		Listing.Slice<Finding> slice = Listing.Slice.ofList(this.findings.overdue(scope), page == null ? 0 : page,
				Listing.PAGE_SIZE);
		List<Finding> list = slice.rows();
		model.addAttribute("slice", slice);
		Map<Long, Long> parents = new HashMap<>();
		this.org.getAll(list.stream().map(Finding::responsibleUnitId).toList())
			.forEach((k, u) -> parents.put(k, u.getParentId()));
		model.addAttribute("findings", list);
		model.addAttribute("parents", parents);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "supervision/overdue";
	}

	@PostMapping("/supervision/findings/{uuid}/report")
	String report(Scope scope, @PathVariable String uuid, @RequestParam(required = false) String report,
			@RequestParam(required = false) MultipartFile photo, @RequestParam long version,
			@RequestParam(required = false) String back, RedirectAttributes redirect) throws IOException {
		byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
		return this.actions.redirect(redirect, safeBack(back), () -> {
			this.findings.reportRemedy(scope, uuid, report, bytes, version);
			return this.messages.get("supervision.reported");
		});
	}

	@PostMapping("/supervision/findings/{uuid}/review")
	String review(Scope scope, @PathVariable String uuid, @RequestParam boolean accept,
			@RequestParam(required = false) String note, @RequestParam long version,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, safeBack(back), () -> {
			this.findings.reviewRemedy(scope, uuid, accept, note, version);
			return this.messages.get("supervision.reviewed");
		});
	}

	@GetMapping("/supervision/photos/{uuid}")
	ResponseEntity<byte[]> photo(Scope scope, @PathVariable String uuid) {
		FindingStore.StoredPhoto p = this.findings.photo(scope, uuid);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.mediaType())).body(p.content());
	}

	/**
	 * The photo made small for the visit pages (desktop and the offline page, which keeps
	 * it in the phone's pack); same scope check as the photo.
	 */
	@GetMapping("/supervision/photos/{uuid}/thumb")
	ResponseEntity<byte[]> thumb(Scope scope, @PathVariable String uuid) {
		FindingStore.StoredPhoto p = this.findings.photo(scope, uuid);
		Photos.Thumbnail t = this.photos.thumbnail(p.content(), p.mediaType(), THUMB_SIDE);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(t.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(t.content());
	}

	/** Only a page of this module to go back to. */
	private static String safeBack(String back) {
		return back != null && back.matches("/supervision(/[a-z0-9/-]*)?") ? back : "/supervision/findings";
	}

}
