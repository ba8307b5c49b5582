package vn.tuyengiao.emulation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.EmulationModel;
import vn.tuyengiao.emulation.EmulationRollup;
import vn.tuyengiao.emulation.Effectiveness;
import vn.tuyengiao.emulation.MassOrganisation;
import vn.tuyengiao.emulation.ModelService;
import vn.tuyengiao.emulation.ModelStatus;
import vn.tuyengiao.emulation.Movement;
import vn.tuyengiao.emulation.Registration;
import vn.tuyengiao.emulation.RetireReason;
import vn.tuyengiao.tabular.XlsxWriter;

/**
 * The model register pages: list and registration, a model's page with its lifecycle,
 * coverage, review list, export.
 */
@Controller
class ModelController {

	private final ModelService models;

	private final EmulationRollup rollup;

	private final OrgUnits units;

	private final Messages messages;

	ModelController(ModelService models, EmulationRollup rollup, OrgUnits units, Messages messages) {
		this.models = models;
		this.rollup = rollup;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/models")
	String list(Scope scope, @RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long group, @RequestParam(required = false) ModelStatus status,
			@RequestParam(required = false) Movement movement, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("rows",
				this.models.list(scope, new ModelService.Filter(unit, year, group, status, movement, q)));
		model.addAttribute("filterUnit", unit);
		model.addAttribute("filterYear", year);
		model.addAttribute("filterGroup", group);
		model.addAttribute("filterStatus", status);
		model.addAttribute("filterMovement", movement);
		model.addAttribute("q", q);
		formChoices(scope, model);
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("isAdmin", scope.admin());
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("thisYear", LocalDate.now().getYear());
		return "emulation/models";
	}

	private void formChoices(Scope scope, Model model) {
		model.addAttribute("units", this.units.openInScope(scope));
		model.addAttribute("groups", this.models.groups());
		model.addAttribute("statuses", ModelStatus.values());
		model.addAttribute("movements", Movement.values());
		model.addAttribute("massOrganisations", MassOrganisation.values());
	}

	@PostMapping("/models")
	String register(Scope scope, @RequestParam long ownerUnitId, @RequestParam(required = false) Long ownerMemberId,
			@RequestParam String title, @RequestParam(required = false) Long groupId, @RequestParam Movement movement,
			@RequestParam(required = false) MassOrganisation massOrganisation,
			@RequestParam(required = false) String situation, @RequestParam(required = false) String goals,
			@RequestParam String content, @RequestParam(required = false) String area,
			@RequestParam(required = false) String participants, @RequestParam(required = false) String resources,
			@RequestParam(required = false) String timeline, @RequestParam(required = false) String outputs,
			@RequestParam(defaultValue = "false") boolean sustainable,
			@RequestParam(defaultValue = "false") boolean replicable,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
			RedirectAttributes redirect) {
		try {
			ModelService.Registered r = this.models.register(scope,
					new Registration(ownerUnitId, ownerMemberId, title, groupId, movement, massOrganisation, situation,
							goals, content, area, participants, resources, timeline, outputs, sustainable, replicable,
							startDate, null));
			redirect.addFlashAttribute("flash", this.messages.get("emulation.registered", r.model().getTitle()));
			return "redirect:/models/" + r.model().getId();
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
			return "redirect:/models";
		}
	}

	@GetMapping("/models/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		EmulationModel m = this.models.get(scope, id);
		model.addAttribute("m", m);
		model.addAttribute("owner", this.models.ownerNames(m));
		model.addAttribute("group", this.models.group(m.getGroupId()));
		model.addAttribute("overlaps", this.models.overlaps(scope, m));
		model.addAttribute("transitions", this.models.transitions(scope, id));
		model.addAttribute("assessments", this.models.assessments(scope, id));
		model.addAttribute("replications", this.models.replications(scope, id));
		model.addAttribute("attachments", this.models.attachments(scope, id));
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("units", this.units.openInScope(scope));
		model.addAttribute("effectiveness", Effectiveness.values());
		model.addAttribute("retireReasons", RetireReason.values());
		model.addAttribute("thisYear", LocalDate.now().getYear());
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("maxMb", this.models.maxAttachmentBytes() / (1024 * 1024));
		if (m.getReplicatedFromId() != null) {
			model.addAttribute("original", this.models.get(scope, m.getReplicatedFromId()));
		}
		return "emulation/model";
	}

	@PostMapping("/models/{id}/advance")
	String advance(Scope scope, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.models.advance(scope, id, version, LocalDate.now(), note));
	}

	@PostMapping("/models/{id}/retire")
	String retire(Scope scope, @PathVariable long id, @RequestParam long version, @RequestParam RetireReason reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.models.retire(scope, id, version, reason, on, note));
	}

	@PostMapping("/models/{id}/assessments")
	String assess(Scope scope, @PathVariable long id, @RequestParam int year, @RequestParam Effectiveness effectiveness,
			@RequestParam String results, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.models.assess(scope, id, year, effectiveness, results, LocalDate.now()));
	}

	@PostMapping("/models/{id}/replications")
	String replicate(Scope scope, @PathVariable long id, @RequestParam long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.models.replicate(scope, id, unitId, on, note));
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
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return act(id, redirect, () -> this.models.attach(scope, id, names, contents));
	}

	@GetMapping({ "/models/{id}/attachments/{aid}", "/api/v1/models/{id}/attachments/{aid}" })
	ResponseEntity<byte[]> attachment(Scope scope, @PathVariable long id, @PathVariable long aid) {
		ModelService.AttachmentContent a = this.models.attachment(scope, id, aid);
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
		int y = year == null ? LocalDate.now().getYear() : year;
		EmulationRollup.Coverage c = this.rollup.coverage(scope, this.units.defaultUnit(scope, unit), y);
		model.addAttribute("c", c);
		model.addAttribute("year", y);
		return "emulation/coverage";
	}

	@GetMapping("/models/review")
	String review(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate date = asOf == null ? LocalDate.now() : asOf;
		model.addAttribute("rows", this.rollup.review(scope, unit, date));
		model.addAttribute("asOf", date);
		model.addAttribute("unit", unit);
		return "emulation/review";
	}

	@PostMapping("/models/groups")
	String createGroup(Scope scope, @RequestParam String code, @RequestParam String name, RedirectAttributes redirect) {
		try {
			this.models.createGroup(scope, code, name);
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/models";
	}

	@GetMapping({ "/models/export.xlsx", "/api/v1/models/export.xlsx" })
	ResponseEntity<byte[]> export(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long group,
			@RequestParam(required = false) ModelStatus status, @RequestParam(required = false) Movement movement,
			@RequestParam(required = false) String q) throws IOException {
		List<ModelService.ModelRow> rows = this.models.list(scope,
				new ModelService.Filter(unit, year, group, status, movement, q));
		List<List<?>> out = new ArrayList<>();
		int i = 1;
		for (ModelService.ModelRow r : rows) {
			out.add(java.util.Arrays.asList(i++, r.title(), r.unitName(), r.unitCode(), r.memberName(), r.groupName(),
					this.messages.get(r.movement().messageKey()),
					r.massOrganisation() == null ? null : this.messages.get(r.massOrganisation().messageKey()),
					this.messages.get(r.status().messageKey()), r.startDate(), r.lastAssessedYear(), r.replications(),
					r.retireReason() == null ? null : this.messages.get(r.retireReason().messageKey()), r.retiredOn(),
					this.messages.get(r.sustainable() ? "common.yes" : "common.no"),
					this.messages.get(r.replicable() ? "common.yes" : "common.no")));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XlsxWriter.write(bytes, this.messages.get("emulation.register"),
				List.of("TT", "Tên mô hình", "Đơn vị", "Mã đơn vị", "Cá nhân", "Nhóm", "Phong trào", "Tổ chức",
						"Trạng thái", "Ngày bắt đầu", "Đánh giá gần nhất (năm)", "Số đơn vị nhân rộng", "Lý do dừng",
						"Ngày dừng", "Duy trì được", "Nhân rộng được"),
				out);
		return Downloads.attachment(bytes.toByteArray(), Downloads.XLSX, "so-mo-hinh.xlsx");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/models/" + id;
	}

}
