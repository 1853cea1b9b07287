package io.custodian.security.internal;

import java.io.IOException;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Records each 403 of a signed-in caller (role or scope not enough) in the audit chain as a DENIED entry naming the
 * method and path, then answers as the wrapped handler does. CSRF refusals and anonymous callers are not recorded.
 */
class AuditedAccessDenials implements AccessDeniedHandler {

	/** The audit log's subject column holds 100 characters: the method, a space and the path's start. */
	private static final int MAX_SUBJECT = 100;

	private final AuditTrail audit;

	private final AccessDeniedHandler answer;

	AuditedAccessDenials(AuditTrail audit, AccessDeniedHandler answer) {
		this.audit = audit;
		this.answer = answer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		var caller = SecurityContextHolder.getContext().getAuthentication();
		if (!(denied instanceof CsrfException) && caller != null && caller.isAuthenticated()
				&& !(caller instanceof AnonymousAuthenticationToken)) {
			audit.recordIndependently(AuditEvent.of("access", subject(request))
				.denied("role or token scopes do not allow this"));
		}
		answer.handle(request, response, denied);
	}

	private static String subject(HttpServletRequest request) {
		var subject = request.getMethod() + " " + request.getRequestURI();
		return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
	}
}
