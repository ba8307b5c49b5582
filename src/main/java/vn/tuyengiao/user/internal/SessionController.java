package vn.tuyengiao.user.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.user.UserService;
import vn.tuyengiao.user.UserSessions;

/**
 * Active sessions: a user's own ({@code /account/sessions}) and, for an administrator,
 * any account's ({@code /admin/users/{id}/sessions}); each can be ended.
 */
@Controller
class SessionController {

	private final UserSessions sessions;

	private final UserService users;

	private final Messages messages;

	SessionController(UserSessions sessions, UserService users, Messages messages) {
		this.sessions = sessions;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/account/sessions")
	String own(Scope scope, HttpSession session, Model model) {
		model.addAttribute("sessions", this.sessions.of(scope.username(), session.getId()));
		model.addAttribute("revokeBase", "/account/sessions/");
		return "account/sessions";
	}

	@PostMapping("/account/sessions/{ref}/revoke")
	String revokeOwn(Scope scope, @PathVariable String ref, HttpSession session, RedirectAttributes redirect) {
		if (this.sessions.revokeOwn(scope.username(), ref, session.getId())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			return "redirect:/login?logout";
		}
		redirect.addFlashAttribute("flash", this.messages.get("session.revoked"));
		return "redirect:/account/sessions";
	}

	@GetMapping("/admin/users/{id}/sessions")
	String ofUser(Scope scope, @PathVariable long id, Model model) {
		model.addAttribute("sessions", this.sessions.of(scope, id));
		model.addAttribute("account", this.users.get(id));
		model.addAttribute("revokeBase", "/admin/users/" + id + "/sessions/");
		return "account/sessions";
	}

	@PostMapping("/admin/users/{id}/sessions/{ref}/revoke")
	String revoke(Scope scope, @PathVariable long id, @PathVariable String ref, RedirectAttributes redirect) {
		this.sessions.revoke(scope, id, ref);
		redirect.addFlashAttribute("flash", this.messages.get("session.revoked"));
		return "redirect:/admin/users/" + id + "/sessions";
	}

}
