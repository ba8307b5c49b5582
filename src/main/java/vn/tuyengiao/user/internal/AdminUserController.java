package vn.tuyengiao.user.internal;

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
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.user.AppUser;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.UserService;

/**
 * Administrators manage accounts: role, unit (scope), enabled, password reset, unlock.
 */
@Controller
class AdminUserController {

	private final UserService users;

	private final OrgUnits org;

	private static final String BACK = "/admin/users";

	private final Messages messages;

	private final FormActions actions;

	AdminUserController(UserService users, OrgUnits org, Messages messages, FormActions actions) {
		this.actions = actions;
		this.users = users;
		this.org = org;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		var all = this.users.all();
		model.addAttribute("users", all);
		model.addAttribute("units",
				this.org.getAll(all.stream().map(AppUser::getUnitId).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(Scope scope, NewUserForm form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, BACK, () -> {
			AppUser u = this.users.create(scope, new UserService.NewUser(form.username(), form.fullName(), form.role(),
					unitId(form.unitId(), form.unitCode()), form.password(), true));
			return this.messages.get("user.created", u.getUsername());
		});
	}

	@PostMapping("/admin/users/{id}")
	String update(Scope scope, @PathVariable long id, UserForm form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, BACK, () -> {
			AppUser u = this.users.update(scope, id, new UserService.UserChanges(form.fullName(), form.role(),
					unitId(form.unitId(), form.unitCode()), Boolean.TRUE.equals(form.enabled()), form.version()));
			return this.messages.get("user.updated", u.getUsername());
		});
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(Scope scope, @PathVariable long id, @RequestParam String password,
			RedirectAttributes redirect) {
		return this.actions.redirect(redirect, BACK, () -> {
			this.users.resetPassword(scope, id, password);
			return this.messages.get("user.passwordReset");
		});
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		this.users.unlock(scope, id);
		redirect.addFlashAttribute("flash", this.messages.get("user.unlocked", this.users.get(id).getUsername()));
		return "redirect:/admin/users";
	}

	/** The new-account form. */
	record NewUserForm(String username, String fullName, Role role, Long unitId, String unitCode, String password) {
	}

	/** An account's form on the list: name, role, unit, enabled, and the version seen. */
	record UserForm(String fullName, Role role, Long unitId, String unitCode, Boolean enabled, long version) {
	}

	/** The picked unit, else one named by code (older clients), else none (all units). */
	private Long unitId(Long id, String code) {
		if (id != null) {
			return this.org.get(id).getId();
		}
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.org.byCode(code).getId();
	}

}
