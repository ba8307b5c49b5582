package vn.tuyengiao.user.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.AppException;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.user.UserService;

/** The signed-in user's own password and API tokens. */
@Controller
class AccountController {

	private final UserService users;

	private final Messages messages;

	private final FormActions actions;

	AccountController(UserService users, Messages messages, FormActions actions) {
		this.actions = actions;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String passwordForm(HttpSession session, Model model) {
		model.addAttribute("mustChange",
				Boolean.TRUE.equals(session.getAttribute(UserService.MUST_CHANGE_PASSWORD_ATTR)));
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(Scope scope, PasswordChange form, HttpSession session, Model model,
			RedirectAttributes redirect) {
		return this.actions.orForm(model, () -> {
			if (form.password() == null || !form.password().equals(form.confirm())) {
				throw AppException.invalid("account.passwordMismatch");
			}
			this.users.changeOwnPassword(scope.username(), form.current(), form.password());
			session.removeAttribute(UserService.MUST_CHANGE_PASSWORD_ATTR);
			redirect.addFlashAttribute("flash", this.messages.get("account.passwordChanged"));
			return "redirect:/";
		}, () -> passwordForm(session, model));
	}

	@GetMapping("/account/tokens")
	String tokens(Scope scope, Model model) {
		model.addAttribute("tokens", this.users.tokensOf(scope.username()));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String createToken(Scope scope, NewToken form, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken",
					this.users.createToken(scope.username(), form.name(), form.validDays()));
		}
		catch (AppException ex) {
			if (FormActions.showsErrorPage(ex)) {
				throw ex;
			}
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/account/tokens";
	}

	/** The password form: the current one, the new one twice. */
	record PasswordChange(String current, String password, String confirm) {
	}

	/** A new API token: its name and how many days it is valid (none: no end). */
	record NewToken(String name, Integer validDays) {
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(Scope scope, @PathVariable long id) {
		this.users.revokeToken(scope.username(), id);
		return "redirect:/account/tokens";
	}

}
