package vn.tuyengiao.emulation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.Effectiveness;
import vn.tuyengiao.emulation.EmulationModel;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.emulation.MassOrganisation;
import vn.tuyengiao.emulation.ModelLifecycle;
import vn.tuyengiao.emulation.ModelReplication;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.ModelStatus;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.RetireReason;
import vn.tuyengiao.org.OrgUnits;

/**
 * The model register pages: list and registration, a model's page with its lifecycle,
 * coverage, review list, export.
 */
@Controller
class ModelController {

	private final ModelService models;

	private final ModelLifecycle lifecycle;

	private final ModelReplication replication;

	private final ModelAttachments attachments;

	private final EmulationRollup rollup;

	private final ModelRegisterExport export;

	private final OrgUnits units;

	private final FormActions forms;

	private final Messages messages;

	private final Clock clock;

	ModelController(ModelService models, ModelLifecycle lifecycle, ModelReplication replication,
			ModelAttachments attachments, EmulationRollup rollup, ModelRegisterExport export, OrgUnits units,
			FormActions forms, Messages messages, Clock clock) {
		this.models = models;
		this.lifecycle = lifecycle;
		this.replication = replication;
		this.attachments = attachments;
		this.rollup = rollup;
		this.export = export;
		this.units = units;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/models")
	String list(Scope scope, ModelFilter f, Model model) {
		model.addAttribute("rows", f.page(this.models.list(scope, f.filter())));
		model.addAttribute("sort", f.sorting());
		model.addAttribute("filterUnit", f.unit());
		model.addAttribute("filterYear", f.year());
		model.addAttribute("filterGroup", f.group());
		model.addAttribute("filterStatus", f.status());
		model.addAttribute("filterMovement", f.movement());
		model.addAttribute("q", f.q());
		model.addAttribute("filterUnitValue", f.unit() == null ? null : this.units.get(scope, f.unit()));
		model.addAttribute("groups", this.models.groups());
		model.addAttribute("statuses", ModelStatus.values());
		model.addAttribute("movements", Movement.values());
		model.addAttribute("massOrganisations", MassOrganisation.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("isAdmin", scope.admin());
		model.addAttribute("today", today());
		model.addAttribute("thisYear", today().getYear());
		return "emulation/models";
	}

	@PostMapping("/models")
	String register(Scope scope, ModelRequest form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/models", () -> this.models.register(scope, form.registration()),
				r -> "/models/" + r.model().getId(),
				r -> this.messages.get("emulation.registered", r.model().getTitle()));
	}

	@GetMapping("/models/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		EmulationModel m = this.models.get(scope, id);
		model.addAttribute("m", m);
		model.addAttribute("owner", this.models.ownerNames(m));
		model.addAttribute("group", this.models.group(m.getGroupId()));
		model.addAttribute("overlaps", this.models.overlaps(scope, m));
		model.addAttribute("transitions", this.lifecycle.transitions(scope, id));
		model.addAttribute("assessments", this.lifecycle.assessments(scope, id));
		model.addAttribute("replications", this.replication.replications(scope, id));
		model.addAttribute("attachments", this.attachments.attachments(scope, id));
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("effectiveness", Effectiveness.values());
		model.addAttribute("retireReasons", RetireReason.values());
		model.addAttribute("thisYear", today().getYear());
		model.addAttribute("today", today());
		model.addAttribute("maxMb", this.attachments.maxAttachmentBytes() / (1024 * 1024));
		if (m.getReplicatedFromId() != null) {
			model.addAttribute("original", this.models.get(scope, m.getReplicatedFromId()));
		}
		return "emulation/model";
	}

	@PostMapping("/models/{id}/advance")
	String advance(Scope scope, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return this.forms.save(redirect, back(id), () -> this.lifecycle.advance(scope, id, version, today(), note));
	}

	@PostMapping("/models/{id}/retire")
	String retire(Scope scope, @PathVariable long id, @RequestParam long version, @RequestParam RetireReason reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return this.forms.save(redirect, back(id), () -> this.lifecycle.retire(scope, id, version, reason, on, note));
	}

	@PostMapping("/models/{id}/assessments")
	String assess(Scope scope, @PathVariable long id, @RequestParam int year, @RequestParam Effectiveness effectiveness,
			@RequestParam String results, RedirectAttributes redirect) {
		return this.forms.save(redirect, back(id),
				() -> this.lifecycle.assess(scope, id, year, effectiveness, results, today()));
	}

	@PostMapping("/models/{id}/replications")
	String replicate(Scope scope, @PathVariable long id, @RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return this.forms.save(redirect, back(id), () -> this.replication.replicate(scope, id, unitId, on, note));
	}

	@PostMapping("/models/{id}/attachments")
	String attach(Scope scope, @PathVariable long id, @RequestParam("files") List<MultipartFile> files,
			RedirectAttributes redirect) {
		List<String> names = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();
		for (MultipartFile f : files) {
			if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
				continue;
			}
			names.add(f.getOriginalFilename());
			try {
				contents.add(f.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.forms.save(redirect, back(id), () -> this.attachments.attach(scope, id, names, contents));
	}

	@GetMapping({ "/models/{id}/attachments/{aid}", "/api/v1/models/{id}/attachments/{aid}" })
	ResponseEntity<byte[]> attachment(Scope scope, @PathVariable long id, @PathVariable long aid) {
		ModelAttachments.AttachmentContent a = this.attachments.attachment(scope, id, aid);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(a.content());
	}

	@GetMapping("/models/coverage")
	String coverage(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? today().getYear() : year;
		EmulationRollup.Coverage c = this.rollup.coverage(scope, this.units.defaultUnit(scope, unit), y);
		model.addAttribute("c", c);
		model.addAttribute("year", y);
		return "emulation/coverage";
	}

	@GetMapping("/models/review")
	String review(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate date = asOf == null ? today() : asOf;
		model.addAttribute("rows", this.rollup.review(scope, unit, date));
		model.addAttribute("asOf", date);
		model.addAttribute("unit", unit);
		return "emulation/review";
	}

	@PostMapping("/models/groups")
	String createGroup(Scope scope, @RequestParam String code, @RequestParam String name, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/models", () -> this.models.createGroup(scope, code, name));
	}

	@GetMapping({ "/models/export.xlsx", "/api/v1/models/export.xlsx" })
	@io.swagger.v3.oas.annotations.Operation(
			summary = "Model register as an Excel workbook: every model the filter finds, one row a model")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "Excel workbook, every row of the filter",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	ResponseEntity<byte[]> export(Scope scope, @ParameterObject ModelFilter f) {
		return Downloads.attachment(this.export.xlsx(this.models.list(scope, f.filter())), Downloads.XLSX,
				"so-mo-hinh.xlsx");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String back(long id) {
		return "/models/" + id;
	}

}
