package io.custodian.account.social.web;

import java.util.HashMap;
import java.util.Map;

import io.custodian.account.internal.AccountChainCustomizer;
import io.custodian.account.social.SnsHttp;
import io.custodian.account.social.SnsRegistrations;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Adds the SNS flow to the customers' chain: Spring Security's OAuth 2.0 / OpenID Connect login with the providers of
 * the settings, every call to a provider with the SNS timeouts, tokens handed only to the success handler, and
 * Custodian's own success and failure handling.
 */
@Component
class SnsChainCustomizer implements AccountChainCustomizer {

	private final SnsRegistrations registrations;

	private final AuthorizedClientStash stash;

	private final SnsCallbackSuccess success;

	private final SnsCallbackFailure failure;

	private final SnsHttp http;

	SnsChainCustomizer(SnsRegistrations registrations, AuthorizedClientStash stash, SnsCallbackSuccess success,
			SnsCallbackFailure failure, SnsHttp http) {
		this.registrations = registrations;
		this.stash = stash;
		this.success = success;
		this.failure = failure;
		this.http = http;
	}

	@Override
	public void customize(HttpSecurity security) throws Exception {
		security.oauth2Login(login -> login.loginPage("/account/sign-in")
			.clientRegistrationRepository(registrations)
			.authorizedClientRepository(stash)
			.authorizationEndpoint(a -> a.authorizationRequestResolver(new SnsAuthorizationRequests(registrations)))
			.tokenEndpoint(t -> t.accessTokenResponseClient(tokenClient()))
			.userInfoEndpoint(u -> u.userService(userService()).oidcUserService(oidcUserService()))
			.successHandler(success)
			.failureHandler(failure));
	}

	private RestClientAuthorizationCodeTokenResponseClient tokenClient() {
		var client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(RestClient.builder().requestFactory(http.requestFactory())
			.messageConverters(converters -> {
				converters.clear();
				converters.add(new FormHttpMessageConverter());
				converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
			})
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return client;
	}

	private DefaultOAuth2UserService userService() {
		var service = new DefaultOAuth2UserService();
		var rest = new RestTemplate(http.requestFactory());
		rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
		service.setRestOperations(rest);
		service.setAttributesConverter(request -> SnsChainCustomizer::unwrapData);
		return service;
	}

	private OidcUserService oidcUserService() {
		var service = new OidcUserService();
		service.setOauth2UserService(userService());
		return service;
	}

	/** X answers {@code {"data": {...}}}: its fields are taken up beside the others. */
	private static Map<String, Object> unwrapData(Map<String, Object> attributes) {
		if (attributes.get("data") instanceof Map<?, ?> data && !attributes.containsKey("id")) {
			var merged = new HashMap<String, Object>(attributes);
			data.forEach((key, value) -> merged.putIfAbsent(String.valueOf(key), value));
			return merged;
		}
		return attributes;
	}
}
