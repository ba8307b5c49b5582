package vn.tuyengiao.press.internal;

import java.time.Clock;
import java.time.LocalDate;

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
import vn.tuyengiao.press.ComplaintStatus;
import vn.tuyengiao.press.DeliveryComplaint;
import vn.tuyengiao.press.DeliveryComplaints;
import vn.tuyengiao.press.PressCatalogue;
import vn.tuyengiao.register.DocumentRegister;

/**
 * "Báo chí › Phản ánh phát hành": delivery complaints of the units in a subtree, a new
 * one, its status, and the letter to the post office drafted into the register.
 */
@Controller
class ComplaintController {

	private final DeliveryComplaints complaints;

	private final PressCatalogue catalogue;

	private final DocumentRegister register;

	private final OrgUnits org;

	private final FormActions actions;

	private final Messages messages;

	private final Clock clock;

	ComplaintController(DeliveryComplaints complaints, PressCatalogue catalogue, DocumentRegister register,
			OrgUnits org, FormActions actions, Messages messages, Clock clock) {
		this.complaints = complaints;
		this.catalogue = catalogue;
		this.register = register;
		this.org = org;
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	/** A complaint as the form posts it; {@code unitId} is the complaining unit. */
	record ComplaintParams(Long unitId, Long titleId, Integer issuesExpected, Integer actualMin, Integer actualMax,
			LocalDate periodFrom, LocalDate periodTo, String postOffice, String note) {

		DeliveryComplaints.ComplaintForm form() {
			return new DeliveryComplaints.ComplaintForm(this.titleId, this.issuesExpected, this.actualMin,
					this.actualMax, this.periodFrom, this.periodTo, this.postOffice, this.note);
		}

	}

	@GetMapping("/press/complaints")
	String list(Scope scope, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) ComplaintStatus status, Model model) {
		return listPage(scope, unit, status, null, model);
	}

	private String listPage(Scope scope, Long unit, ComplaintStatus status, ComplaintParams form, Model model) {
		OrgUnit root = this.org.get(scope, this.org.defaultUnit(scope, unit));
		model.addAttribute("root", root);
		model.addAttribute("rootLabel", this.org.label(root));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("rows", this.complaints.list(scope, root.getId(), status));
		model.addAttribute("titles", this.catalogue.titlesById());
		model.addAttribute("choices", this.catalogue.publishedOn(LocalDate.now(this.clock)));
		model.addAttribute("canWrite", scope.canWrite());
		model.addAttribute("form", form);
		model.addAttribute("formUnit",
				form != null && form.unitId() != null ? this.org.get(scope, form.unitId()) : null);
		return "press/complaints";
	}

	@PostMapping("/press/complaints")
	String record(Scope scope, ComplaintParams params, Model model, RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			if (params.unitId() == null) {
				throw vn.tuyengiao.common.AppException.invalid("press.unitRequired");
			}
			DeliveryComplaint c = this.complaints.record(scope, params.unitId(), params.form());
			redirect.addFlashAttribute("flash", this.messages.get("press.complaintSaved"));
			return "redirect:/press/complaints/" + c.getId();
		}, () -> listPage(scope, null, null, params, model));
	}

	@GetMapping("/press/complaints/{id}")
	String complaint(Scope scope, @PathVariable long id, Model model) {
		DeliveryComplaint c = this.complaints.get(scope, id);
		OrgUnit unit = this.org.get(scope, c.getUnitId());
		model.addAttribute("c", c);
		model.addAttribute("unit", unit);
		model.addAttribute("title", this.catalogue.title(c.getTitleId()));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("bodies", this.register.bodies(scope));
		model.addAttribute("canWrite", scope.canWrite() && scope.contains(unit.getPath()));
		return "press/complaint";
	}

	@PostMapping("/press/complaints/{id}/status")
	String move(Scope scope, @PathVariable long id, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return this.actions.save(redirect, "/press/complaints/" + id,
				() -> this.complaints.move(scope, id, status, version));
	}

	@PostMapping("/press/complaints/{id}/letter")
	String letter(Scope scope, @PathVariable long id, @RequestParam(required = false) Long body,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/press/complaints/" + id,
				() -> this.complaints.draftLetter(scope, id, body, version), draft -> "/register/drafts/" + draft,
				draft -> this.messages.get("press.letterDrafted"));
	}

}
