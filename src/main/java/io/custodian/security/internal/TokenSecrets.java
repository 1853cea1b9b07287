package io.custodian.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Token secrets: {@code cst_} and 32 random bytes, stored only as their SHA-256. */
final class TokenSecrets {

	private static final String PREFIX = "cst_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenSecrets() {
	}

	static String random() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean plausible(String secret) {
		return secret != null && secret.startsWith(PREFIX) && secret.length() <= 200;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
