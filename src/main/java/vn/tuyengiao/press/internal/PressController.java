package vn.tuyengiao.press.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.Downloads;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.press.FundingSource;
import vn.tuyengiao.press.PeriodKind;
import vn.tuyengiao.press.PressCatalogue;
import vn.tuyengiao.press.PressCompliance;
import vn.tuyengiao.press.PressSubscription;
import vn.tuyengiao.press.PressSubscriptions;
import vn.tuyengiao.press.PressSummaries;
import vn.tuyengiao.press.SubscriptionRenewal;
import vn.tuyengiao.text.VnFormat;

/**
 * "Báo chí": compliance of a unit's subtree on a day (units taking every required title,
 * lagging units named, roll-up per unit below), its Excel export, and a unit's own page
 * where its subscriptions are recorded.
 */
@Controller
class PressController {

	private final PressCompliance compliance;

	private final PressSummaries summaries;

	private final PressSubscriptions subscriptions;

	private final PressCatalogue catalogue;

	private final ComplianceExport export;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	private final SubscriptionRenewal renewal;

	private final Clock clock;

	PressController(PressCompliance compliance, PressSummaries summaries, PressSubscriptions subscriptions,
			PressCatalogue catalogue, ComplianceExport export, OrgUnits org, FormActions actions, Messages messages,
			SubscriptionRenewal renewal, Clock clock) {
		this.renewal = renewal;
		this.compliance = compliance;
		this.summaries = summaries;
		this.subscriptions = subscriptions;
		this.catalogue = catalogue;
		this.export = export;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	/** A subscription as the form posts it. */
	record SubscriptionParams(Long titleId, PeriodKind periodKind, Integer year, Integer periodNo,
			FundingSource funding, Integer copies, String note, Long version) {

		PressSubscriptions.SubscriptionForm form() {
			return new PressSubscriptions.SubscriptionForm(this.titleId, this.periodKind, this.year, this.periodNo,
					this.funding, this.copies, this.note, this.version);
		}

	}

	@GetMapping("/press")
	String overview(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) LocalDate asOf, Model model) {
		LocalDate date = asOf == null ? today() : asOf;
		OrgUnit root = this.org.get(scope, this.org.defaultUnit(scope, unit));
		PressCompliance.Compliance c = this.compliance.of(scope, root.getId(), date);
		model.addAttribute("root", root);
		model.addAttribute("rootLabel", this.org.label(root));
		model.addAttribute("asOf", date);
		model.addAttribute("c", c);
		model.addAttribute("summary", this.summaries.forUnit(scope, root.getId(), date));
		model.addAttribute("ancestry", this.org.ancestry(scope, root));
		model.addAttribute("lines", c.units().size() <= 200 ? c.units() : c.lagging());
		return "press/overview";
	}

	@GetMapping({ "/press/compliance.xlsx", "/api/v1/press/compliance.xlsx" })
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Excel workbook",
			content = @io.swagger.v3.oas.annotations.media.Content(
					mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "Outside the user's scope")
	ResponseEntity<byte[]> exportCompliance(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) LocalDate asOf) {
		LocalDate date = asOf == null ? today() : asOf;
		long root = this.org.defaultUnit(scope, unit);
		return Downloads.attachment(this.export.xlsx(this.compliance.of(scope, root, date)), Downloads.XLSX,
				"dat-mua-bao-chi.xlsx");
	}

	@GetMapping("/press/units/{id}")
	String unit(Scope scope, @PathVariable long id, Model model) {
		return unitPage(scope, id, null, model);
	}

	private String unitPage(Scope scope, long id, SubscriptionParams form, Model model) {
		OrgUnit unit = this.org.get(scope, id);
		LocalDate today = today();
		List<PressCompliance.UnitLine> own = this.compliance.of(scope, id, today)
			.units()
			.stream()
			.filter(l -> l.unitId() == id)
			.toList();
		model.addAttribute("unit", unit);
		model.addAttribute("ancestry", this.org.ancestry(scope, unit));
		model.addAttribute("line", own.isEmpty() ? null : own.get(0));
		model.addAttribute("subscriptions", this.subscriptions.forUnit(scope, id));
		model.addAttribute("titles", this.catalogue.titlesById());
		model.addAttribute("choices", this.catalogue.publishedOn(today));
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("form", form != null ? form : new SubscriptionParams(null, PeriodKind.YEAR, today.getYear(),
				1, FundingSource.BUDGET, 1, null, null));
		model.addAttribute("periods", PeriodKind.values());
		model.addAttribute("fundings", FundingSource.values());
		return "press/unit";
	}

	@PostMapping("/press/units/{id}/subscriptions")
	String subscribe(Scope scope, @PathVariable long id, SubscriptionParams params, Model model,
			RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			PressSubscription s = this.subscriptions.create(scope, id, params.form());
			redirect.addFlashAttribute("flash",
					this.messages.get("press.subscribed", this.catalogue.title(s.getTitleId()).getName()));
			return "redirect:/press/units/" + id;
		}, () -> unitPage(scope, id, params, model));
	}

	@PostMapping("/press/units/{id}/renew")
	String renew(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/press/units/" + id, () -> {
			SubscriptionRenewal.Renewed r = this.renewal.renew(scope, id);
			String done = r.created().isEmpty() ? this.messages.get("press.renew.none")
					: this.messages.get("press.renew.done", VnFormat.count(r.created().size()));
			return r.skipped().isEmpty() ? done : done + " " + String.join(" ", r.skipped());
		});
	}

	@PostMapping("/press/subscriptions/{sid}/delete")
	String unsubscribe(Scope scope, @PathVariable long sid, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		PressSubscription s = this.subscriptions.get(scope, sid);
		return this.actions.redirect(redirect, "/press/units/" + s.getUnitId(), () -> {
			this.subscriptions.delete(scope, sid, version);
			return this.messages.get("press.unsubscribed");
		});
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
