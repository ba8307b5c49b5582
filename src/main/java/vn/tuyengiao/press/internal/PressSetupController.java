package vn.tuyengiao.press.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnitKind;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.press.FrequencyUnit;
import vn.tuyengiao.press.PressCatalogue;
import vn.tuyengiao.press.PressRule;
import vn.tuyengiao.press.PressTitle;
import vn.tuyengiao.press.TitleKind;

/**
 * "Báo chí › Danh mục báo, tạp chí" and "› Quy định bắt buộc": the catalogue with its
 * dates and successors, and the required-title rules per kind of unit.
 */
@Controller
class PressSetupController {

	private final PressCatalogue catalogue;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	PressSetupController(PressCatalogue catalogue, OrgUnits org, FormActions actions, Messages messages) {
		this.catalogue = catalogue;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
	}

	/** A rule as the form posts it; {@code owner} is the committee setting it. */
	record RuleParams(Long owner, String unitKind, String parentKind, Long titleId, java.time.LocalDate validFrom,
			java.time.LocalDate validTo, String note, Long version) {

		PressCatalogue.RuleForm form() {
			return new PressCatalogue.RuleForm(this.unitKind, this.parentKind, this.titleId, this.validFrom,
					this.validTo, this.note, this.version);
		}

	}

	@GetMapping("/press/titles")
	String titles(Scope scope, Model model) {
		return titlesPage(scope, null, null, model);
	}

	@GetMapping("/press/titles/{id}")
	String title(Scope scope, @PathVariable long id, Model model) {
		PressTitle t = this.catalogue.title(id);
		return titlesPage(scope, id,
				new PressCatalogue.TitleForm(t.getName(), t.getPublisher(), t.getKind(), t.getIssuesExpected(),
						t.getFrequencyUnit(), t.getValidFrom(), t.getValidTo(), t.getSuccessorId(), t.getVersion()),
				model);
	}

	private String titlesPage(Scope scope, Long id, PressCatalogue.TitleForm form, Model model) {
		model.addAttribute("titles", this.catalogue.titles());
		model.addAttribute("byId", this.catalogue.titlesById());
		model.addAttribute("canEdit", this.catalogue.canEditCatalogue(scope));
		model.addAttribute("titleId", id);
		model.addAttribute("form", form != null ? form : new PressCatalogue.TitleForm(null, null,
				TitleKind.DAILY_NEWSPAPER, 7, FrequencyUnit.WEEK, null, null, null, null));
		model.addAttribute("kinds", TitleKind.values());
		model.addAttribute("frequencies", FrequencyUnit.values());
		return "press/titles";
	}

	@PostMapping("/press/titles")
	String createTitle(Scope scope, PressCatalogue.TitleForm form, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			PressTitle t = this.catalogue.createTitle(scope, form);
			redirect.addFlashAttribute("flash", this.messages.get("press.titleSaved", t.getName()));
			return "redirect:/press/titles";
		}, () -> titlesPage(scope, null, form, model));
	}

	@PostMapping("/press/titles/{id}")
	String updateTitle(Scope scope, @PathVariable long id, PressCatalogue.TitleForm form, Model model,
			RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			PressTitle t = this.catalogue.updateTitle(scope, id, form);
			redirect.addFlashAttribute("flash", this.messages.get("press.titleSaved", t.getName()));
			return "redirect:/press/titles";
		}, () -> titlesPage(scope, id, form, model));
	}

	@GetMapping("/press/rules")
	String rules(Scope scope, Model model) {
		return rulesPage(scope, null, null, model);
	}

	@GetMapping("/press/rules/{id}")
	String rule(Scope scope, @PathVariable long id, Model model) {
		PressRule r = this.catalogue.rule(scope, id);
		return rulesPage(scope, id,
				new RuleParams(r.getOwnerUnitId(), r.getUnitKind().name(),
						r.getParentKind() == null ? null : r.getParentKind().name(), r.getTitleId(), r.getValidFrom(),
						r.getValidTo(), r.getNote(), r.getVersion()),
				model);
	}

	private String rulesPage(Scope scope, Long id, RuleParams form, Model model) {
		var rules = this.catalogue.rules(scope);
		model.addAttribute("rules", rules);
		model.addAttribute("owners", this.org.labelsOf(rules.stream().map(PressRule::getOwnerUnitId).toList()));
		model.addAttribute("byId", this.catalogue.titlesById());
		model.addAttribute("ruleId", id);
		long owner = form != null && form.owner() != null ? form.owner() : this.org.defaultUnit(scope, null);
		model.addAttribute("ownerUnit", this.org.get(scope, owner));
		model.addAttribute("form", form != null ? form
				: new RuleParams(owner, OrgUnitKind.CELL.name(), null, null, null, null, null, null));
		model.addAttribute("canEdit", scope.canManageUnits());
		model.addAttribute("unitKinds", OrgUnitKind.values());
		return "press/rules";
	}

	@PostMapping("/press/rules")
	String createRule(Scope scope, RuleParams form, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			long owner = form.owner() == null ? this.org.defaultUnit(scope, null) : form.owner();
			this.catalogue.createRule(scope, owner, form.form());
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
			return "redirect:/press/rules";
		}, () -> rulesPage(scope, null, form, model));
	}

	@PostMapping("/press/rules/{id}")
	String updateRule(Scope scope, @PathVariable long id, RuleParams form, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			this.catalogue.updateRule(scope, id, form.form());
			redirect.addFlashAttribute("flash", this.messages.get("common.saved"));
			return "redirect:/press/rules";
		}, () -> rulesPage(scope, id, form, model));
	}

}
