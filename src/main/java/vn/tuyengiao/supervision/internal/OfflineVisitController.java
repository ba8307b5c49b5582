package vn.tuyengiao.supervision.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.supervision.FindingKind;
import vn.tuyengiao.supervision.Grade;
import vn.tuyengiao.supervision.Plan;
import vn.tuyengiao.supervision.SupervisionPlans;
import vn.tuyengiao.supervision.Visit;
import vn.tuyengiao.supervision.VisitSync;

/**
 * The visit as an installable web app that works with no network (issue 13 item 4): the
 * page is a shell filled from the pack kept in the phone's IndexedDB
 * ({@code static/js/offline-visit.js}), the service worker
 * ({@code static/js/supervision-sw.js}) keeps the shell. The pack and the sync are the
 * same as the API's ({@link VisitSync}), reached here with the browser's session (the API
 * chain takes no cookies) and the CSRF token; errors come back as JSON with the
 * Vietnamese message in {@code detail}, since the caller is a script.
 */
@Controller
class OfflineVisitController {

	private final SupervisionPlans plans;

	private final VisitSync sync;

	private final OrgUnits org;

	private final Photos photos;

	private final Messages messages;

	OfflineVisitController(SupervisionPlans plans, VisitSync sync, OrgUnits org, Photos photos, Messages messages) {
		this.plans = plans;
		this.sync = sync;
		this.org = org;
		this.photos = photos;
		this.messages = messages;
	}

	/** The installed app's start page: the visits kept on this phone. */
	@GetMapping("/supervision/offline")
	String start(Scope scope, Model model) {
		model.addAttribute("username", scope.username());
		return "supervision/offline-list";
	}

	/** The visit page that works offline; only for who may record the visit. */
	@GetMapping("/supervision/visits/{id}/offline")
	String page(Scope scope, @PathVariable long id, Model model) {
		Visit visit = this.plans.visit(scope, id);
		Plan plan = this.plans.plan(scope, visit.planId());
		Access.requireTeam(scope, plan, visit);
		model.addAttribute("visit", visit);
		model.addAttribute("unitLabel", this.org.labelOf(visit.unitId()));
		model.addAttribute("username", scope.username());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("kinds", FindingKind.values());
		model.addAttribute("maxPhotoMb", this.photos.maxBytes() / (1024 * 1024));
		return "supervision/offline";
	}

	/**
	 * The pack, as the API gives it, with a fresh CSRF token in the headers: a page
	 * served by the service worker may hold an old one.
	 */
	@GetMapping(path = "/supervision/visits/{id}/offline/pack", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> pack(Scope scope, @PathVariable long id, CsrfToken csrf) {
		try {
			return ResponseEntity.ok()
				.header("X-Csrf-Header", csrf.getHeaderName())
				.header("X-Csrf-Token", csrf.getToken())
				.header("Cache-Control", "no-store")
				.body(this.sync.pack(scope, id));
		}
		catch (AppException ex) {
			return problem(ex);
		}
	}

	/** The phone's batch: part {@code batch} (JSON) and parts {@code photos}. */
	@PostMapping(path = "/supervision/visits/{id}/offline/sync", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> sync(Scope scope, @PathVariable long id, @RequestPart("batch") VisitSync.Batch batch,
			@RequestPart(name = "photos", required = false) List<MultipartFile> files) throws IOException {
		List<VisitSync.SyncPhoto> photoList = new ArrayList<>(batch.photos() == null ? List.of() : batch.photos());
		for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
			photoList.add(new VisitSync.SyncPhoto(f.getOriginalFilename(), null, f.getBytes()));
		}
		try {
			return ResponseEntity.ok()
				.body(this.sync.sync(scope, id,
						new VisitSync.Batch(batch.checklistId(), batch.answers(), batch.findings(), photoList)));
		}
		catch (AppException ex) {
			return problem(ex);
		}
	}

	private ResponseEntity<Object> problem(AppException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", ex.status());
		body.put("title", this.messages.get("error.title." + ex.status()));
		body.put("detail", this.messages.of(ex));
		body.put("code", ex.messageKey());
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
