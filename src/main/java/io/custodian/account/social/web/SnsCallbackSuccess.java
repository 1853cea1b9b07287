package io.custodian.account.social.web;

import java.io.IOException;

import io.custodian.account.internal.CustomerSessions;
import io.custodian.account.social.SnsConnections;
import io.custodian.account.social.SnsRefused;
import io.custodian.account.social.SnsRegistrations;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.FieldSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * A provider's valid answer: a signed-in customer's account is connected (or its connection refreshed); without a
 * customer session, the customer whose live connection has this provider account is signed in, and anyone else is
 * told to sign in by email and connect first, with nothing stored.
 */
@Component
class SnsCallbackSuccess implements AuthenticationSuccessHandler {

	private final CustomerSessions sessions;

	private final SnsConnections connections;

	private final SnsRegistrations registrations;

	private final AuthorizedClientStash stash;

	private final SnsPages pages;

	private final AuditTrail audit;

	SnsCallbackSuccess(CustomerSessions sessions, SnsConnections connections, SnsRegistrations registrations,
			AuthorizedClientStash stash, SnsPages pages, AuditTrail audit) {
		this.sessions = sessions;
		this.connections = connections;
		this.registrations = registrations;
		this.stash = stash;
		this.pages = pages;
		this.audit = audit;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SecurityContextHolder.clearContext();
		var token = (OAuth2AuthenticationToken) authentication;
		var provider = token.getAuthorizedClientRegistrationId();
		var client = stash.take(request);
		var principal = token.getPrincipal();
		var subject = principal instanceof OidcUser oidc ? oidc.getSubject() : principal.getName();
		var session = sessions.current(request);
		var name = registrations.displayName(provider);
		if (session.isPresent()) {
			var customerId = session.get().customerId();
			var access = client.getAccessToken();
			var refresh = client.getRefreshToken();
			try {
				// a token response that names no scope granted those asked for (RFC 6749, 5.1)
				var granted = access.getScopes().isEmpty() ? client.getClientRegistration().getScopes() : access.getScopes();
				connections.connect(customerId, new SnsConnections.Grant(provider, subject, GrantedScopes.of(granted),
						access.getTokenValue(), refresh == null ? null : refresh.getTokenValue(), access.getExpiresAt(),
						principal.getAttributes()));
			}
			catch (SnsRefused e) {
				audit.recordIndependently(AuditEvent.of("sns.connect-refused", customerId).denied(e.reason() + ": provider " + provider));
				pages.problem(request, response, SnsProblem.refused(e.status(), e.reason(), e.getMessage(), name, true));
				return;
			}
			catch (ErrorResponseException e) {
				audit.recordIndependently(AuditEvent.of("sns.connect-refused", customerId)
					.denied("vault-refused: provider " + provider + ", HTTP " + e.getStatusCode().value()));
				pages.problem(request, response, SnsProblem.refused(e.getStatusCode().value(), "vault-refused",
						"Your data cannot be changed now (" + e.getBody().getDetail() + "). Nothing was stored.", name,
						true));
				return;
			}
			response.sendRedirect(request.getContextPath() + "/account/connections?connected=" + provider);
			return;
		}
		var customer = connections.customerOf(provider, subject);
		if (customer.isEmpty()) {
			audit.recordIndependently(
					AuditEvent.of("sns.sign-in-refused", null).denied("not-connected: provider " + provider));
			pages.problem(request, response, SnsProblem.of("not-connected", name, false));
			return;
		}
		sessions.open(customer.get(), FieldSource.sns(provider), request, response);
		response.sendRedirect(request.getContextPath() + "/account");
	}
}
