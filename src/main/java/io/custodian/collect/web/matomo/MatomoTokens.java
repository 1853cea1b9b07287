package io.custodian.collect.web.matomo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.custodian.collect.CollectSettings;
import org.springframework.stereotype.Component;

/** Checks a Matomo {@code token_auth} against the configured tracking token; without one configured none is valid. */
@Component
class MatomoTokens {

	private final CollectSettings settings;

	MatomoTokens(CollectSettings settings) {
		this.settings = settings;
	}

	boolean isValid(String token) {
		var expected = settings.trackingToken();
		if (token == null || expected == null || expected.isBlank()) {
			return false;
		}
		return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}
}
