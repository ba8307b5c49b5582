package vn.tuyengiao.emulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Listing;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.emulation.Award;
import vn.tuyengiao.emulation.AwardForm;
import vn.tuyengiao.emulation.AwardLevel;
import vn.tuyengiao.emulation.AwardService;
import vn.tuyengiao.emulation.DiscoveryMethod;
import vn.tuyengiao.emulation.Exemplar;
import vn.tuyengiao.emulation.ExemplarCategory;
import vn.tuyengiao.emulation.ExemplarService;
import vn.tuyengiao.emulation.HolderKind;
import vn.tuyengiao.emulation.PublicityChannel;

/** Exemplars and awards pages. */
@Controller
class RecognitionController {

	private final ExemplarService exemplars;

	private final AwardService awards;

	private final OrgUnits units;

	private final FormActions forms;

	private final Messages messages;

	private final Clock clock;

	private final RecognitionExport export;

	RecognitionController(RecognitionExport export, ExemplarService exemplars, AwardService awards, OrgUnits units,
			FormActions forms, Messages messages, Clock clock) {
		this.exemplars = exemplars;
		this.awards = awards;
		this.units = units;
		this.forms = forms;
		this.messages = messages;
		this.clock = clock;
		this.export = export;
	}

	// ---- exemplars

	@GetMapping("/exemplars")
	String exemplars(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("rows", Listing.Slice.ofList(this.exemplars.list(scope, unit, null, null),
				page == null ? 0 : page, Listing.PAGE_SIZE));
		model.addAttribute("kinds", HolderKind.values());
		model.addAttribute("methods", DiscoveryMethod.values());
		model.addAttribute("categories", ExemplarCategory.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", today());
		return "emulation/exemplars";
	}

	/** The exemplars the page lists, as .xlsx. */
	@GetMapping("/exemplars/export.xlsx")
	ResponseEntity<byte[]> exportExemplars(Scope scope, @RequestParam(required = false) Long unit) {
		return Downloads.attachment(this.export.exemplars(this.exemplars.list(scope, unit, null, null)), Downloads.XLSX,
				RecognitionExport.EXEMPLARS_FILE);
	}

	/** The new-exemplar form. */
	record ExemplarForm(HolderKind kind, Long unitId, String personName, String deeds,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn, DiscoveryMethod foundHow,
			ExemplarCategory category) {

		ExemplarService.NewExemplar exemplar() {
			if (this.unitId == null) {
				throw AppException.invalid("emulation.ownerRequired");
			}
			return new ExemplarService.NewExemplar(this.kind, this.unitId, null, this.personName, this.deeds,
					this.foundOn, this.foundHow, this.category, null);
		}

	}

	@PostMapping("/exemplars")
	String createExemplar(Scope scope, ExemplarForm form, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/exemplars", () -> this.exemplars.create(scope, form.exemplar()),
				x -> "/exemplars/" + x.getId(), x -> this.messages.get("common.saved"));
	}

	@GetMapping("/exemplars/{id}")
	String exemplar(Scope scope, @PathVariable long id, Model model) {
		Exemplar x = this.exemplars.get(scope, id);
		model.addAttribute("x", x);
		model.addAttribute("name", this.exemplars.name(x));
		model.addAttribute("unit", this.units.get(scope, x.getUnitId()));
		model.addAttribute("publicity", this.exemplars.publicity(scope, id));
		model.addAttribute("channels", PublicityChannel.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", today());
		return "emulation/exemplar";
	}

	/** A publicity entry of an exemplar. */
	record PublicityForm(PublicityChannel channel, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
			String title, String url) {
	}

	@PostMapping("/exemplars/{id}/publicity")
	String publicity(Scope scope, @PathVariable long id, PublicityForm form, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/exemplars/" + id, () -> this.exemplars.addPublicity(scope, id,
				form.channel(), form.publishedOn(), form.title(), form.url()));
	}

	// ---- awards

	@GetMapping("/awards")
	String awards(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		long unitId = this.units.defaultUnit(scope, unit);
		model.addAttribute("unit", this.units.get(scope, unitId));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("rows", Listing.Slice.ofList(this.awards.list(scope, unitId, from, to),
				page == null ? 0 : page, Listing.PAGE_SIZE));
		model.addAttribute("figures", this.awards.figures(scope, unitId, from, to));
		model.addAttribute("defaultIssuer", scope.rootUnitId() == null ? null : this.units.get(scope.rootUnitId()));
		model.addAttribute("levels", AwardLevel.values());
		model.addAttribute("forms", AwardForm.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", today());
		return "emulation/awards";
	}

	/**
	 * The award form. Recipients picked by name: collectives among the units, individuals
	 * among the members; older clients may still send individuals one per line as "Họ và
	 * tên; mã đơn vị".
	 */
	record AwardRequest(Long issuerUnitId, Boolean proposal, AwardLevel level, AwardForm form, String decisionNumber,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String reason, List<Long> collectives,
			List<Long> members, String individuals) {
	}

	@PostMapping("/awards")
	String createAward(Scope scope, AwardRequest r, RedirectAttributes redirect) {
		return this.forms.redirect(redirect, "/awards", () -> {
			if (r.issuerUnitId() == null) {
				throw AppException.invalid("emulation.issuerRequired");
			}
			List<AwardService.Recipient> recipients = new ArrayList<>();
			if (r.collectives() != null) {
				r.collectives().forEach(id -> recipients.add(AwardService.Recipient.collective(id)));
			}
			if (r.members() != null) {
				r.members().forEach(id -> recipients.add(AwardService.Recipient.member(id)));
			}
			recipients.addAll(parseIndividuals(r.individuals()));
			return this.awards.create(scope,
					new AwardService.NewAward(r.issuerUnitId(), Boolean.TRUE.equals(r.proposal()), r.level(), r.form(),
							r.decisionNumber(), r.date(), r.reason(), null, null, recipients));
		}, a -> "/awards/" + a.getId(), a -> this.messages.get("emulation.awardSaved"));
	}

	private List<AwardService.Recipient> parseIndividuals(String text) {
		List<AwardService.Recipient> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		int line = 0;
		for (String raw : text.split("\\R")) {
			line++;
			if (raw.isBlank()) {
				continue;
			}
			String[] parts = raw.split(";", 2);
			if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw AppException.invalid("emulation.individualLine", line, raw.strip());
			}
			out.add(AwardService.Recipient.person(parts[0].strip(), this.units.byCode(parts[1].strip()).getId()));
		}
		return out;
	}

	/** The awards the page lists (same unit and period), as .xlsx. */
	@GetMapping("/awards/export.xlsx")
	ResponseEntity<byte[]> exportAwards(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		long unitId = this.units.defaultUnit(scope, unit);
		return Downloads.attachment(this.export.awards(this.awards.list(scope, unitId, from, to)), Downloads.XLSX,
				RecognitionExport.AWARDS_FILE);
	}

	@GetMapping("/awards/{id}")
	String award(Scope scope, @PathVariable long id, Model model) {
		Award a = this.awards.get(scope, id);
		model.addAttribute("a", a);
		model.addAttribute("issuer", this.units.get(Scope.system(), a.getIssuerUnitId()));
		model.addAttribute("recipients", this.awards.recipients(scope, id));
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", today());
		return "emulation/award";
	}

	@PostMapping("/awards/{id}/decision")
	String decide(Scope scope, @PathVariable long id, @RequestParam long version, @RequestParam boolean granted,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String decisionNumber, RedirectAttributes redirect) {
		return this.forms.save(redirect, "/awards/" + id,
				() -> this.awards.decideProposal(scope, id, version, granted, on, decisionNumber));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
