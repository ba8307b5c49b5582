package vn.tuyengiao.reporttemplate.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.register.DocumentRegister;
import vn.tuyengiao.reporttemplate.ReportTemplate;
import vn.tuyengiao.reporttemplate.ReportTemplates;

/**
 * Pages: the list of templates, one template (its editor for an administrator, a copy of
 * a built-in one first), and "Soạn báo cáo theo mẫu" (template, unit, period).
 */
@Controller
class TemplateController {

	/**
	 * The request types of the reporting cycle a template may serve (names of
	 * {@code reporting.ReportType}, which depends on this module, not the other way).
	 */
	static final List<String> REPORT_TYPES = List.of("CAMPAIGN_RESULT", "PRELIMINARY_REVIEW", "FINAL_REVIEW",
			"SIX_MONTHS", "NINE_MONTHS", "YEARLY", "OPINION_MONTHLY", "AD_HOC");

	private final ReportTemplates templates;

	private final OrgUnits org;

	private final DocumentRegister register;

	private final FormActions actions;

	private final Messages messages;

	TemplateController(ReportTemplates templates, OrgUnits org, DocumentRegister register, FormActions actions,
			Messages messages) {
		this.templates = templates;
		this.org = org;
		this.register = register;
		this.actions = actions;
		this.messages = messages;
	}

	record DraftForm(Long template, Long unit, LocalDate from, LocalDate to, Long body) {
	}

	@GetMapping("/report-templates")
	String list(Scope scope, Model model) {
		model.addAttribute("templates", this.templates.list());
		model.addAttribute("admin", scope.admin());
		return "reporttemplate/list";
	}

	@GetMapping("/report-templates/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		ReportTemplate t = this.templates.get(id);
		model.addAttribute("t", t);
		model.addAttribute("editable", scope.admin() && !t.builtIn());
		model.addAttribute("admin", scope.admin());
		model.addAttribute("sources", this.templates.sources());
		Map<String, String> labels = new java.util.HashMap<>();
		this.templates.sources().forEach(src -> labels.put(src.key(), src.label()));
		model.addAttribute("sourceLabels", labels);
		model.addAttribute("reportTypes", REPORT_TYPES);
		return "reporttemplate/template";
	}

	@PostMapping("/report-templates/{id}")
	String save(Scope scope, @PathVariable long id, @RequestParam Map<String, String> params,
			@RequestParam(name = "reportTypes", required = false) List<String> reportTypes,
			RedirectAttributes redirect) {
		String back = "/report-templates/" + id;
		return this.actions.redirect(redirect, back, () -> {
			SectionsForm form = SectionsForm.read(params, reportTypes == null ? List.of() : reportTypes);
			this.templates.update(scope, id, form.version(),
					form.applied(this.messages.get("reporttemplate.newSection")));
			return this.messages.get("reporttemplate.saved");
		});
	}

	@PostMapping("/report-templates/{id}/copy")
	String copy(Scope scope, @PathVariable long id, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/report-templates/" + id, () -> this.templates.copy(scope, id, name),
				t -> "/report-templates/" + t.id(), t -> this.messages.get("reporttemplate.copied", t.name()));
	}

	@GetMapping("/report-templates/draft")
	String draftForm(Scope scope, DraftForm form, Model model) {
		model.addAttribute("templates", this.templates.list());
		model.addAttribute("form", form);
		model.addAttribute("unit", form.unit() == null ? null : this.org.get(scope, form.unit()));
		model.addAttribute("bodies", this.register.bodies(scope));
		// A read-only account sees the templates but drafts nothing.
		model.addAttribute("readOnly", !scope.canWrite());
		return "reporttemplate/draft";
	}

	@PostMapping("/report-templates/draft")
	String draft(Scope scope, DraftForm form, RedirectAttributes redirect) {
		String back = "/report-templates/draft" + (form.template() == null ? "" : "?template=" + form.template());
		return this.actions.redirect(redirect, back, () -> {
			if (form.template() == null) {
				throw AppException.invalid("reporttemplate.templateRequired");
			}
			return this.templates.draft(scope, form.template(), new ReportTemplates.DraftRequest(form.unit(),
					form.from(), form.to(), form.body(), null, null, null));
		}, draft -> "/register/drafts/" + draft, draft -> this.messages.get("reporttemplate.drafted"));
	}

}
