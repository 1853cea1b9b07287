package io.custodian.account.social.web;

import io.custodian.account.social.ProviderUnavailable;
import io.custodian.account.social.SnsRegistrations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts the authorization at {@code /oauth2/authorization/{id}}; an unknown provider, or one that cannot be reached,
 * starts nothing and falls through to {@link AuthorizationProblemController}, which explains it.
 */
class SnsAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

	static final String UNAVAILABLE = SnsAuthorizationRequests.class.getName() + ".unavailable";

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	SnsAuthorizationRequests(SnsRegistrations registrations) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		try {
			return delegate.resolve(request);
		}
		catch (ProviderUnavailable e) {
			request.setAttribute(UNAVAILABLE, e.provider());
			return null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		try {
			return delegate.resolve(request, registrationId);
		}
		catch (ProviderUnavailable e) {
			request.setAttribute(UNAVAILABLE, e.provider());
			return null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
