package io.custodian.audit.web;

import io.custodian.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's audit page: whether the chain is intact and its latest entries, optionally for one subject. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_audit:read')")
class AuditConsoleController {

	static final int LATEST = 100;

	private final AuditTrail audit;

	AuditConsoleController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String subject, Model model) {
		var filter = subject == null || subject.isBlank() ? null : subject.strip();
		model.addAttribute("chain", audit.verify());
		model.addAttribute("entries", audit.recent(LATEST, filter));
		model.addAttribute("subject", filter == null ? "" : filter);
		model.addAttribute("limit", LATEST);
		return "audit";
	}
}
