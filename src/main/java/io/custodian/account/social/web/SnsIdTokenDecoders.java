package io.custodian.account.social.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.custodian.account.social.SnsHttp;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Checks the providers' id tokens (signature against the provider's keys, issuer, audience, expiry; the nonce is
 * checked by Spring Security) and fetches the keys with the SNS timeouts; one decoder per provider, keys cached.
 */
@Component
class SnsIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

	private final RestTemplate http;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	SnsIdTokenDecoders(SnsHttp http) {
		this.http = new RestTemplate(http.requestFactory());
	}

	@Override
	public JwtDecoder createDecoder(ClientRegistration registration) {
		return decoders.computeIfAbsent(registration.getRegistrationId() + " " + registration.getProviderDetails()
			.getJwkSetUri(), key -> {
				var decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
					.restOperations(http).build();
				decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
						new OidcIdTokenValidator(registration)));
				decoder.setClaimSetConverter(new ClaimTypeConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
				return decoder;
			});
	}
}
