package io.custodian.account.social;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads an OpenID Connect issuer's discovery document, with the SNS timeouts, and checks it names the issuer. */
@Component
class OidcDiscovery {

	private static final Logger log = LoggerFactory.getLogger(OidcDiscovery.class);

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
			log.warn("SNS provider {}: discovery at {} failed: {}", provider, issuer, e.getMessage());
			throw new ProviderUnavailable(provider, e.getClass().getSimpleName());
		}
		if (document == null || !issuer.equals(document.get("issuer"))) {
			log.warn("SNS provider {}: the discovery document at {} names the issuer {}", provider, issuer,
					document == null ? null : document.get("issuer"));
			throw new ProviderUnavailable(provider, "its discovery document names another issuer");
		}
		return document;
	}
}
