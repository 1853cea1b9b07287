package io.custodian.account.social.web;

import java.io.IOException;
import java.util.regex.Pattern;

import io.custodian.account.internal.CustomerSessions;
import io.custodian.account.social.SnsRegistrations;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A callback Spring Security refused (unknown or replayed state, a bad id token or nonce, a refused or expired code,
 * a provider that failed or did not answer, an unknown provider): nothing was stored; the attempt goes to the audit
 * chain with its reason and the customer sees what happened and what to do.
 */
@Component
class SnsCallbackFailure implements AuthenticationFailureHandler {

	private static final Pattern CALLBACK = Pattern.compile(".*/login/oauth2/code/([^/]*)$");

	private final SnsRegistrations registrations;

	private final CustomerSessions sessions;

	private final SnsPages pages;

	private final AuditTrail audit;

	SnsCallbackFailure(SnsRegistrations registrations, CustomerSessions sessions, SnsPages pages, AuditTrail audit) {
		this.registrations = registrations;
		this.sessions = sessions;
		this.pages = pages;
		this.audit = audit;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		SecurityContextHolder.clearContext();
		var matcher = CALLBACK.matcher(request.getRequestURI());
		var id = matcher.matches() ? matcher.group(1) : null;
		var known = registrations.isConfigured(id);
		var code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "refused";
		var reason = known ? reason(code) : "unknown-provider";
		var customer = sessions.current(request).map(s -> s.customerId()).orElse(null);
		audit.recordIndependently(AuditEvent.of(customer == null ? "sns.sign-in-refused" : "sns.connect-refused", customer)
			.denied(reason + ": provider " + (known ? id : "(unknown)") + ", " + safe(code)));
		pages.problem(request, response, SnsProblem.of(reason, known ? registrations.displayName(id) : null,
				customer != null));
	}

	static String reason(String code) {
		return switch (code) {
			case "authorization_request_not_found", "invalid_state_parameter", "invalid_redirect_uri_parameter",
					"invalid_request" -> "state";
			case "invalid_id_token", "invalid_nonce" -> "id-token";
			case "invalid_grant" -> "code";
			case "access_denied" -> "declined";
			case "client_registration_not_found" -> "unknown-provider";
			case "invalid_token_response", "invalid_user_info_response", "server_error", "temporarily_unavailable",
					"missing_user_info_uri", "missing_user_name_attribute" -> "provider-failed";
			default -> "refused";
		};
	}

	private static String safe(String code) {
		var cleaned = code.replaceAll("[^a-z_]", "");
		return cleaned.substring(0, Math.min(cleaned.length(), 60));
	}
}
