package vn.tuyengiao.layout.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.layout.LayoutProfiles;

/**
 * The administrator's page for the layout profile: the current values, a form that saves
 * them as a new version, and the history of versions.
 */
@Controller
class LayoutProfileController {

	private static final String BACK = "/admin/layout";

	private final LayoutProfiles profiles;

	private final FormActions actions;

	private final Messages messages;

	LayoutProfileController(LayoutProfiles profiles, FormActions actions, Messages messages) {
		this.profiles = profiles;
		this.actions = actions;
		this.messages = messages;
	}

	/** A field as the form shows it, with the value in force. */
	record FieldView(ProfileField field, String value) {
	}

	@GetMapping("/admin/layout")
	String page(Scope scope, Model model) {
		if (!scope.admin()) {
			throw AppException.forbidden();
		}
		LayoutProfiles.Version current = this.profiles.currentVersion();
		var values = current.profile().toProperties();
		List<FieldView> fields = new ArrayList<>();
		for (ProfileField f : ProfileField.ALL) {
			fields.add(new FieldView(f, values.getProperty(f.key())));
		}
		model.addAttribute("current", current);
		model.addAttribute("fields", fields);
		model.addAttribute("pageNumberChoices", ProfileField.PAGE_NUMBER_CHOICES);
		model.addAttribute("pageNumbersValue", values.getProperty("page-numbers"));
		model.addAttribute("history", this.profiles.history());
		return "admin/layout";
	}

	/**
	 * The form's values by profile key, plus {@code baseVersion} (the version edited) and
	 * {@code note}.
	 */
	@PostMapping("/admin/layout")
	String save(Scope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, BACK, () -> {
			int base;
			try {
				base = Integer.parseInt(form.getOrDefault("baseVersion", ""));
			}
			catch (NumberFormatException e) {
				throw AppException.staleVersion();
			}
			LayoutProfiles.Version saved = this.profiles.save(scope, form, base, form.get("note"));
			return this.messages.get("layout.saved", saved.version());
		});
	}

}
