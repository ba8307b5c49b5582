package vn.tuyengiao.register.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.register.IssuingBody;
import vn.tuyengiao.register.RegisterSetup;

/**
 * "Sổ văn bản › Thiết lập": the issuing bodies, committee terms and document types of the
 * user's part of the tree.
 */
@Controller
class RegisterSetupController {

	private final RegisterSetup setup;

	private final DocumentRegister register;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	RegisterSetupController(RegisterSetup setup, DocumentRegister register, OrgUnits org, FormActions actions,
			Messages messages) {
		this.setup = setup;
		this.register = register;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
	}

	record BodyParams(Long unit, String name, String abbreviation, IssuingBody.Kind kind, String superiorName,
			String place, IssuingBody.Authority signerAuthority, String signerTitle, String signerName,
			String recipients, Long version) {

		RegisterSetup.BodyForm form(long unitId) {
			return new RegisterSetup.BodyForm(unitId, this.name, this.abbreviation, this.kind, this.superiorName,
					this.place, this.signerAuthority, this.signerTitle, this.signerName, this.recipients, this.version);
		}

		static BodyParams of(IssuingBody b) {
			String recipients = String.join("\n", b.recipientLines());
			String filing = b.defaultRecipients().filing();
			return new BodyParams(b.getUnitId(), b.getName(), b.getAbbreviation(), b.getKind(), b.getSuperiorName(),
					b.getPlace(), b.getSignerAuthority(), b.getSignerTitle(), b.getSignerName(),
					recipients.isEmpty() ? filing : recipients + "\n" + filing, b.getVersion());
		}

	}

	record TermParams(Long unit, String name, LocalDate validFrom, LocalDate validTo, Long version) {
	}

	@GetMapping("/register/setup")
	String setup(Scope scope, Model model) {
		Map<Long, OrgUnit> units = this.org.openCommittees(scope)
			.stream()
			.collect(Collectors.toMap(OrgUnit::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
		model.addAttribute("units", units);
		model.addAttribute("bodies", this.register.bodies(scope));
		model.addAttribute("terms", this.setup.terms(scope));
		model.addAttribute("types", this.setup.types());
		model.addAttribute("canManage", scope.canManageUnits());
		return "register/setup";
	}

	@GetMapping("/register/bodies/new")
	String newBody(Scope scope, @RequestParam(required = false) Long unit, Model model) {
		long unitId = this.org.defaultUnit(scope, unit);
		return bodyForm(scope, null, new BodyParams(unitId, null, null, IssuingBody.Kind.DEPARTMENT, null, null,
				IssuingBody.Authority.NONE, IssuingBody.HEAD, null, IssuingBody.FILING, null), model);
	}

	@GetMapping("/register/bodies/{id}")
	String editBody(Scope scope, @PathVariable long id, Model model) {
		return bodyForm(scope, id, BodyParams.of(this.register.body(scope, id)), model);
	}

	@PostMapping("/register/bodies")
	String createBody(Scope scope, BodyParams params, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			long unit = params.unit() == null ? this.org.defaultUnit(scope, null) : params.unit();
			IssuingBody body = this.setup.createBody(scope, params.form(unit));
			redirect.addFlashAttribute("flash", this.messages.get("register.bodySaved", body.getName()));
			return "redirect:/register/setup";
		}, () -> bodyForm(scope, null, params, model));
	}

	@PostMapping("/register/bodies/{id}")
	String updateBody(Scope scope, @PathVariable long id, BodyParams params, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			IssuingBody current = this.register.body(scope, id);
			IssuingBody body = this.setup.updateBody(scope, id, params.form(current.getUnitId()));
			redirect.addFlashAttribute("flash", this.messages.get("register.bodySaved", body.getName()));
			return "redirect:/register/setup";
		}, () -> bodyForm(scope, id, params, model));
	}

	private String bodyForm(Scope scope, Long id, BodyParams form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("bodyId", id);
		model.addAttribute("unit", this.org.get(scope, form.unit()));
		model.addAttribute("units", this.org.openCommittees(scope));
		model.addAttribute("kinds", IssuingBody.Kind.values());
		model.addAttribute("authorities", IssuingBody.Authority.values());
		return "register/body";
	}

	@PostMapping("/register/terms")
	String createTerm(Scope scope, TermParams p, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/setup", () -> {
			CommitteeTerm term = this.setup.createTerm(scope,
					new RegisterSetup.TermForm(p.unit() == null ? this.org.defaultUnit(scope, null) : p.unit(),
							p.name(), p.validFrom(), p.validTo(), null));
			return this.messages.get("register.termSaved", term.getName());
		});
	}

	@GetMapping("/register/terms/{id}")
	String editTerm(Scope scope, @PathVariable long id, Model model) {
		CommitteeTerm term = this.setup.term(scope, id);
		model.addAttribute("term", term);
		model.addAttribute("unit", this.org.get(scope, term.getUnitId()));
		return "register/term";
	}

	@PostMapping("/register/terms/{id}")
	String updateTerm(Scope scope, @PathVariable long id, TermParams p, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/terms/" + id, () -> {
			CommitteeTerm term = this.setup.updateTerm(scope, id,
					new RegisterSetup.TermForm(0, p.name(), p.validFrom(), p.validTo(), p.version()));
			return this.messages.get("register.termSaved", term.getName());
		});
	}

	@PostMapping("/register/types")
	String addType(Scope scope, @RequestParam(required = false) String code,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/setup", () -> {
			DocumentTypeEntry type = this.setup.addType(scope, code, name);
			return this.messages.get("register.typeSaved", type.getCode(), type.getName());
		});
	}

	record TypeParams(String name, boolean active, Long version) {
	}

	@PostMapping("/register/types/{code}")
	String changeType(Scope scope, @PathVariable String code, TypeParams p, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/register/setup", () -> {
			DocumentTypeEntry type = this.setup.changeType(scope, code, p.name(), p.active(), p.version());
			return this.messages.get("register.typeSaved", type.getCode(), type.getName());
		});
	}

}
