package io.custodian.account.social;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads an OpenID Connect issuer's discovery document, with the SNS timeouts, and checks it names the issuer. */
@Component
class OidcDiscovery {

	private final RestClient http;

	OidcDiscovery(SnsHttp http) {
		this.http = RestClient.builder().requestFactory(http.requestFactory()).build();
	}

	Map<String, Object> discover(String provider, String issuer) {
		var base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
		Map<String, Object> document;
		try {
			document = http.get().uri(base + "/.well-known/openid-configuration").retrieve()
				.body(new ParameterizedTypeReference<Map<String, Object>>() {
				});
		}
		catch (RestClientException e) {
			throw new ProviderUnavailable(provider, e.getClass().getSimpleName());
		}
		if (document == null || !issuer.equals(document.get("issuer"))) {
			throw new ProviderUnavailable(provider, "its discovery document names another issuer");
		}
		return document;
	}
}
