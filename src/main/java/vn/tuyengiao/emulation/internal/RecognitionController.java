package vn.tuyengiao.emulation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
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

	private final Messages messages;

	RecognitionController(ExemplarService exemplars, AwardService awards, OrgUnits units, Messages messages) {
		this.exemplars = exemplars;
		this.awards = awards;
		this.units = units;
		this.messages = messages;
	}

	// ---- exemplars

	@GetMapping("/exemplars")
	String exemplars(Scope scope, @RequestParam(required = false) Long unit, Model model) {
		model.addAttribute("rows", this.exemplars.list(scope, unit, null, null));
		model.addAttribute("units", this.units.openInScope(scope));
		model.addAttribute("kinds", HolderKind.values());
		model.addAttribute("methods", DiscoveryMethod.values());
		model.addAttribute("categories", ExemplarCategory.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", LocalDate.now());
		return "emulation/exemplars";
	}

	@PostMapping("/exemplars")
	String createExemplar(Scope scope, @RequestParam HolderKind kind, @RequestParam long unitId,
			@RequestParam(required = false) String personName, @RequestParam String deeds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn,
			@RequestParam DiscoveryMethod foundHow, @RequestParam ExemplarCategory category,
			RedirectAttributes redirect) {
		try {
			Exemplar x = this.exemplars.create(scope, new ExemplarService.NewExemplar(kind, unitId, null, personName,
					deeds, foundOn, foundHow, category, null));
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
			return "redirect:/exemplars/" + x.getId();
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
			return "redirect:/exemplars";
		}
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
		model.addAttribute("today", LocalDate.now());
		return "emulation/exemplar";
	}

	@PostMapping("/exemplars/{id}/publicity")
	String publicity(Scope scope, @PathVariable long id, @RequestParam PublicityChannel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
			@RequestParam String title, @RequestParam(required = false) String url, RedirectAttributes redirect) {
		try {
			this.exemplars.addPublicity(scope, id, channel, publishedOn, title, url);
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/exemplars/" + id;
	}

	// ---- awards

	@GetMapping("/awards")
	String awards(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		long unitId = this.units.defaultUnit(scope, unit);
		model.addAttribute("unit", this.units.get(scope, unitId));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("rows", this.awards.list(scope, unitId, from, to));
		model.addAttribute("figures", this.awards.figures(scope, unitId, from, to));
		model.addAttribute("issuers", this.units.openCommittees(scope));
		model.addAttribute("units", this.units.openInScope(scope));
		model.addAttribute("levels", AwardLevel.values());
		model.addAttribute("forms", AwardForm.values());
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", LocalDate.now());
		return "emulation/awards";
	}

	/**
	 * Recipients as officials list them: collectives ticked among the units, individuals
	 * one per line as "Họ và tên; mã đơn vị".
	 */
	@PostMapping("/awards")
	String createAward(Scope scope, @RequestParam long issuerUnitId,
			@RequestParam(defaultValue = "false") boolean proposal, @RequestParam(required = false) AwardLevel level,
			@RequestParam AwardForm form, @RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam String reason, @RequestParam(name = "collectives", required = false) List<Long> collectives,
			@RequestParam(required = false) String individuals, RedirectAttributes redirect) {
		try {
			List<AwardService.Recipient> recipients = new ArrayList<>();
			if (collectives != null) {
				collectives.forEach(id -> recipients.add(AwardService.Recipient.collective(id)));
			}
			recipients.addAll(parseIndividuals(individuals));
			Award a = this.awards.create(scope, new AwardService.NewAward(issuerUnitId, proposal, level, form,
					decisionNumber, date, reason, null, null, recipients));
			redirect.addFlashAttribute("flash", this.messages.get("emulation.awardSaved"));
			return "redirect:/awards/" + a.getId();
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
			return "redirect:/awards";
		}
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

	@GetMapping("/awards/{id}")
	String award(Scope scope, @PathVariable long id, Model model) {
		Award a = this.awards.get(scope, id);
		model.addAttribute("a", a);
		model.addAttribute("issuer", this.units.get(Scope.system(), a.getIssuerUnitId()));
		model.addAttribute("recipients", this.awards.recipients(scope, id));
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("today", LocalDate.now());
		return "emulation/award";
	}

	@PostMapping("/awards/{id}/decision")
	String decide(Scope scope, @PathVariable long id, @RequestParam long version, @RequestParam boolean granted,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String decisionNumber, RedirectAttributes redirect) {
		try {
			this.awards.decideProposal(scope, id, version, granted, on, decisionNumber);
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
		}
		catch (AppException ex) {
			if (ex.status() == 403) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/awards/" + id;
	}

}
