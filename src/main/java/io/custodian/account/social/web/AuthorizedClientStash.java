package io.custodian.account.social.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;

/**
 * Holds the tokens of a callback only for the rest of its request, where the success handler stores them encrypted
 * with the connection; no token is ever kept in memory or in the HTTP session.
 */
@Component
class AuthorizedClientStash implements OAuth2AuthorizedClientRepository {

	private static final String ATTRIBUTE = AuthorizedClientStash.class.getName();

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
			HttpServletRequest request) {
		var client = (OAuth2AuthorizedClient) request.getAttribute(ATTRIBUTE);
		return client != null && client.getClientRegistration().getRegistrationId().equals(registrationId) ? (T) client
				: null;
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
			HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(ATTRIBUTE, client);
	}

	@Override
	public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
			HttpServletResponse response) {
		request.removeAttribute(ATTRIBUTE);
	}

	/** The tokens of this request's callback, taken out of the request. */
	OAuth2AuthorizedClient take(HttpServletRequest request) {
		var client = (OAuth2AuthorizedClient) request.getAttribute(ATTRIBUTE);
		request.removeAttribute(ATTRIBUTE);
		return client;
	}
}
