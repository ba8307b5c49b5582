package vn.tuyengiao.user.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnit;
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

	private final Messages messages;

	AdminUserController(UserService users, OrgUnits org, Messages messages) {
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
	String create(Scope scope, @RequestParam String username, @RequestParam String fullName, @RequestParam Role role,
			@RequestParam(required = false) String unitCode, @RequestParam String password,
			RedirectAttributes redirect) {
		try {
			AppUser u = this.users.create(scope,
					new UserService.NewUser(username, fullName, role, unitId(unitCode), password, true));
			redirect.addFlashAttribute("flash", this.messages.get("user.created", u.getUsername()));
		}
		catch (AppException ex) {
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}")
	String update(Scope scope, @PathVariable long id, @RequestParam String fullName, @RequestParam Role role,
			@RequestParam(required = false) String unitCode, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			AppUser u = this.users.update(scope, id,
					new UserService.UserChanges(fullName, role, unitId(unitCode), enabled, version));
			redirect.addFlashAttribute("flash", this.messages.get("user.updated", u.getUsername()));
		}
		catch (AppException ex) {
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(Scope scope, @PathVariable long id, @RequestParam String password,
			RedirectAttributes redirect) {
		try {
			this.users.resetPassword(scope, id, password);
			redirect.addFlashAttribute("flash", this.messages.get("user.passwordReset"));
		}
		catch (AppException ex) {
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		this.users.unlock(scope, id);
		redirect.addFlashAttribute("flash", this.messages.get("user.unlocked", this.users.get(id).getUsername()));
		return "redirect:/admin/users";
	}

	private Long unitId(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.org.byCode(code).getId();
	}

}
