package io.custodian.account.social.web;

import io.custodian.account.internal.CustomerSessions;
import io.custodian.account.social.SnsRegistrations;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reached only when {@code /oauth2/authorization/{id}} started nothing: the provider is unknown, or its discovery
 * document cannot be read now; says so, audited, with nothing stored.
 */
@Controller
class AuthorizationProblemController {

	private final SnsRegistrations registrations;

	private final CustomerSessions sessions;

	private final AuditTrail audit;

	AuthorizationProblemController(SnsRegistrations registrations, CustomerSessions sessions, AuditTrail audit) {
		this.registrations = registrations;
		this.sessions = sessions;
		this.audit = audit;
	}

	@GetMapping("/oauth2/authorization/{id}")
	String notStarted(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
		var known = registrations.isConfigured(id);
		var reason = known && request.getAttribute(SnsAuthorizationRequests.UNAVAILABLE) != null ? "provider-unavailable"
				: "unknown-provider";
		var customer = sessions.current(request).map(s -> s.customerId()).orElse(null);
		audit.recordIndependently(AuditEvent.of("sns.authorization-refused", customer).denied(reason + ": provider " + (known ? id : "(unknown)")));
		var problem = SnsProblem.of(reason, known ? registrations.displayName(id) : null, customer != null);
		response.setStatus(problem.status());
		model.addAttribute("problem", problem);
		return SnsPages.PROBLEM;
	}
}
