package vn.tuyengiao.user.internal;

import jakarta.servlet.http.HttpSession;

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
import vn.tuyengiao.user.UserService;

/** The signed-in user's own password and API tokens. */
@Controller
class AccountController {

	private final UserService users;

	private final Messages messages;

	AccountController(UserService users, Messages messages) {
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
	String changePassword(Scope scope, @RequestParam String current, @RequestParam String password,
			@RequestParam String confirm, HttpSession session, Model model, RedirectAttributes redirect) {
		try {
			if (!password.equals(confirm)) {
				throw AppException.invalid("account.passwordMismatch");
			}
			this.users.changeOwnPassword(scope.username(), current, password);
			session.removeAttribute(UserService.MUST_CHANGE_PASSWORD_ATTR);
			redirect.addFlashAttribute("flash", this.messages.get("account.passwordChanged"));
			return "redirect:/";
		}
		catch (AppException ex) {
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("mustChange",
					Boolean.TRUE.equals(session.getAttribute(UserService.MUST_CHANGE_PASSWORD_ATTR)));
			return "account/password";
		}
	}

	@GetMapping("/account/tokens")
	String tokens(Scope scope, Model model) {
		model.addAttribute("tokens", this.users.tokensOf(scope.username()));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String createToken(Scope scope, @RequestParam String name, @RequestParam(required = false) Integer validDays,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", this.users.createToken(scope.username(), name, validDays));
		}
		catch (AppException ex) {
			redirect.addFlashAttribute("error", this.messages.of(ex));
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(Scope scope, @PathVariable long id) {
		this.users.revokeToken(scope.username(), id);
		return "redirect:/account/tokens";
	}

}
