package vn.tuyengiao.audit.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tuyengiao.audit.AuditLog;

/**
 * The audit log, for administrators only (the /admin path is restricted by the security
 * configuration).
 */
@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("events", this.audit.recent(user, type, Math.max(0, page), 50));
		model.addAttribute("user", user);
		model.addAttribute("type", type);
		return "admin/audit";
	}

}
