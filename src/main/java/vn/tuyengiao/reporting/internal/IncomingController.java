package vn.tuyengiao.reporting.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.reporting.Frequency;
import vn.tuyengiao.reporting.Incoming;
import vn.tuyengiao.reporting.IncomingRegister;
import vn.tuyengiao.reporting.ReportType;
import vn.tuyengiao.reporting.StandingObligations;
import vn.tuyengiao.study.StudyService;

/**
 * "Sổ văn bản đến": the incoming register of a unit, a document's page with the report
 * requests it carries, and the standing obligations (báo cáo định kỳ) of the unit.
 */
@Controller
class IncomingController {

	private final IncomingRegister incoming;

	private final StandingObligations standing;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	private final Clock clock;

	private final StudyService study;

	IncomingController(IncomingRegister incoming, StandingObligations standing, OrgUnits org, FormActions actions,
			Messages messages, Clock clock, StudyService study) {
		this.study = study;
		this.incoming = incoming;
		this.standing = standing;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	/** The form: the document, and when {@code asks} the report it asks for. */
	record IncomingParams(Long unit, String number, LocalDate issuedOn, LocalDate receivedOn, Long issuerUnit,
			String issuerName, String subject, Boolean asks, Long respondingRoot, List<OrgUnitKind> kinds,
			ReportType type, String title, LocalDate periodFrom, LocalDate periodTo, LocalDate deadline,
			Long campaign) {

		IncomingRegister.RequestForm request(long receivingUnitId) {
			return new IncomingRegister.RequestForm(receivingUnitId, this.respondingRoot, this.kinds, this.type,
					this.title, this.periodFrom, this.periodTo, this.deadline, this.campaign);
		}

	}

	record RuleParams(Long unit, Long respondingRoot, List<OrgUnitKind> kinds, ReportType type, Frequency frequency,
			Integer deadlineDay, String title, LocalDate startsOn) {
	}

	@GetMapping("/incoming")
	String list(Scope scope, @RequestParam(required = false) Long unit, Model model) {
		OrgUnit u = this.org.get(scope, this.org.defaultUnit(scope, unit));
		model.addAttribute("unit", u);
		model.addAttribute("docs", this.incoming.list(scope, u.getId()));
		model.addAttribute("rules", this.standing.rules(scope, u.getId()));
		boolean canWrite = scope.canWrite() && scope.contains(u.getPath());
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("today", LocalDate.now(this.clock));
		// A study campaign the request reports on: its units' study reports are drafted
		// from the campaign's roll-up.
		model.addAttribute("campaigns", canWrite ? this.study.campaigns(scope) : List.of());
		formModel(model);
		return "reporting/incoming";
	}

	@GetMapping("/incoming/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		Incoming doc = this.incoming.get(scope, id);
		model.addAttribute("doc", doc);
		model.addAttribute("unitLabel", this.org.labelOf(doc.unitId()));
		model.addAttribute("requests", this.incoming.requests(scope, id));
		return "reporting/incoming-doc";
	}

	@GetMapping("/incoming/{id}/file")
	ResponseEntity<byte[]> file(Scope scope, @PathVariable long id) {
		ReportingStore.StoredFile f = this.incoming.file(scope, id);
		return Downloads.attachment(f.content(), MediaType.parseMediaType(f.contentType()), f.fileName());
	}

	@PostMapping("/incoming")
	String register(Scope scope, IncomingParams p, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		long unitId = p.unit() == null ? this.org.defaultUnit(scope, null) : p.unit();
		IncomingRegister.Upload upload = file == null || file.isEmpty() ? null
				: new IncomingRegister.Upload(file.getOriginalFilename(), file.getBytes());
		return this.actions.redirect(redirect, "/incoming?unit=" + unitId, () -> {
			Incoming doc = this.incoming.register(scope,
					new IncomingRegister.IncomingForm(unitId, p.number(), p.issuedOn(), p.receivedOn(), p.issuerUnit(),
							p.issuerName(), p.subject()),
					upload, Boolean.TRUE.equals(p.asks()) ? p.request(unitId) : null);
			return doc;
		}, doc -> "/incoming/" + doc.id(), doc -> this.messages.get("reporting.incoming.saved", doc.number()));
	}

	@PostMapping("/incoming/rules")
	String createRule(Scope scope, RuleParams p, RedirectAttributes redirect) {
		long unitId = p.unit() == null ? this.org.defaultUnit(scope, null) : p.unit();
		return this.actions.redirect(redirect, "/incoming?unit=" + unitId, () -> {
			this.standing.create(scope, new StandingObligations.RuleForm(unitId, p.respondingRoot(), p.kinds(),
					p.type(), p.frequency(), p.deadlineDay(), p.title(), p.startsOn()));
			return this.messages.get("reporting.ruleSaved");
		});
	}

	@PostMapping("/incoming/rules/generate")
	String generate(Scope scope, @RequestParam(required = false) Long unit, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/incoming" + (unit == null ? "" : "?unit=" + unit),
				() -> this.messages.get("reporting.generated", this.standing.generate(scope)));
	}

	private static void formModel(Model model) {
		model.addAttribute("types", ReportType.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("kinds", List.of(OrgUnitKind.DISTRICT_COMMITTEE, OrgUnitKind.COMMUNE_COMMITTEE,
				OrgUnitKind.GRASSROOTS_COMMITTEE, OrgUnitKind.GRASSROOTS_CELL, OrgUnitKind.CELL));
		model.addAttribute("fileMaxMb", IncomingRegister.FILE_MAX_MB);
	}

}
