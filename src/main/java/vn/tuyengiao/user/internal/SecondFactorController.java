package vn.tuyengiao.user.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.common.QrSvg;
import vn.tuyengiao.common.FormActions;
import vn.tuyengiao.common.Messages;
import vn.tuyengiao.common.Scope;
import vn.tuyengiao.user.Role;
import vn.tuyengiao.user.SecondFactor;
import vn.tuyengiao.user.UserService;

/**
 * The second factor's pages: the code after the password, the user's own set-up, and the
 * administrator's rule per role.
 */
@Controller
class SecondFactorController {

	private final SecondFactor secondFactor;

	private final UserService users;

	private final Messages messages;

	private final FormActions actions;

	SecondFactorController(SecondFactor secondFactor, UserService users, Messages messages, FormActions actions) {
		this.secondFactor = secondFactor;
		this.users = users;
		this.messages = messages;
		this.actions = actions;
	}

	/** The code typed after the password. */
	record CodeForm(String code) {
	}

	/** A role's rule as the administrator's form sends it. */
	record PolicyForm(boolean required, long version) {
	}

	@GetMapping("/login/code")
	String codeForm(HttpSession session) {
		return session.getAttribute(SecondFactor.CODE_DUE_ATTR) == null ? "redirect:/" : "account/code";
	}

	@PostMapping("/login/code")
	String checkCode(Scope scope, CodeForm form, HttpServletRequest req, Model model) {
		HttpSession session = req.getSession();
		if (session.getAttribute(SecondFactor.CODE_DUE_ATTR) == null) {
			return "redirect:/";
		}
		if (this.secondFactor.verify(scope.username(), form.code())) {
			session.removeAttribute(SecondFactor.CODE_DUE_ATTR);
			this.users.loginSucceeded(scope.username());
			// A new session id once fully signed in, as after the password.
			req.changeSessionId();
			return session.getAttribute(UserService.MUST_CHANGE_PASSWORD_ATTR) != null ? "redirect:/account/password"
					: "redirect:/";
		}
		if (this.users.find(scope.username()).map(this.users::locked).orElse(true)) {
			session.invalidate();
			return "redirect:/login?locked";
		}
		model.addAttribute("error", this.messages.get("secondFactor.wrongCode"));
		return "account/code";
	}

	@GetMapping("/account/second-factor")
	String setup(Scope scope, HttpSession session, Model model) {
		model.addAttribute("on", this.secondFactor.enabledFor(scope.username()));
		model.addAttribute("required", this.secondFactor.requiredFor(scope.username()));
		model.addAttribute("enrolDue", session.getAttribute(SecondFactor.ENROL_DUE_ATTR) != null);
		this.secondFactor.pending(scope.username()).ifPresent(e -> {
			model.addAttribute("enrolment", e);
			model.addAttribute("qr", QrSvg.of(e.uri(), 4, "id=\"second-factor-qr\" width=\"220\" height=\"220\""));
		});
		return "account/second-factor";
	}

	@PostMapping("/account/second-factor/start")
	String start(Scope scope, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/account/second-factor", () -> {
			this.secondFactor.start(scope.username());
			return this.messages.get("secondFactor.started");
		});
	}

	@PostMapping("/account/second-factor/confirm")
	String confirm(Scope scope, CodeForm form, HttpSession session, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/account/second-factor", () -> {
			this.secondFactor.confirm(scope.username(), form.code());
			session.removeAttribute(SecondFactor.ENROL_DUE_ATTR);
			return this.messages.get("secondFactor.on");
		});
	}

	@PostMapping("/account/second-factor/disable")
	String disable(Scope scope, CodeForm form, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/account/second-factor", () -> {
			this.secondFactor.disable(scope.username(), form.code());
			return this.messages.get("secondFactor.off");
		});
	}

	@GetMapping("/admin/security")
	String policies(Model model) {
		Map<Role, SecondFactor.RolePolicy> byRole = new EnumMap<>(Role.class);
		this.secondFactor.policies().forEach(p -> byRole.put(p.role(), p));
		model.addAttribute("policies", byRole.values());
		model.addAttribute("withCode", new HashSet<>(this.secondFactor.accountsWithSecondFactor()));
		model.addAttribute("users", this.users.all());
		return "admin/security";
	}

	@PostMapping("/admin/security/roles/{role}")
	String require(Scope scope, @PathVariable Role role, PolicyForm form, RedirectAttributes redirect) {
		return this.actions.save(redirect, "/admin/security",
				() -> this.secondFactor.require(scope, role, form.required(), form.version()));
	}

	@PostMapping("/admin/security/users/{id}/reset")
	String reset(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
		return this.actions.redirect(redirect, "/admin/security", () -> {
			this.secondFactor.reset(scope, id);
			return this.messages.get("secondFactor.resetDone", this.users.get(id).getUsername());
		});
	}

}
