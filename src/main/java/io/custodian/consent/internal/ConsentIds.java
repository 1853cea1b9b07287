package io.custodian.consent.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import io.custodian.security.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous consent ids that carry their own proof of origin: a random part and a keyed MAC of it, so a forged
 * or altered id is refused without a database lookup.
 */
@Component
class ConsentIds {

	private static final Pattern SHAPE = Pattern.compile("^c_[A-Za-z0-9_-]{16}\\.[0-9a-f]{16}$");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FieldEncryption keys;

	ConsentIds(FieldEncryption keys) {
		this.keys = keys;
	}

	String create() {
		var bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		var random = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return "c_" + random + "." + mac(random);
	}

	boolean isGenuine(String id) {
		if (id == null || !SHAPE.matcher(id).matches()) {
			return false;
		}
		var dot = id.indexOf('.');
		return mac(id.substring(2, dot)).equals(id.substring(dot + 1));
	}

	private String mac(String random) {
		return keys.blindIndex("consent-id:" + random).substring(0, 16);
	}
}
