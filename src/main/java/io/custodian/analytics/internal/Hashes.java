package io.custodian.analytics.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** 64-bit keys for sessions, pageviews and visitor sightings: no raw identifier is kept by analytics. */
final class Hashes {

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	});

	private Hashes() {
	}

	static long of(String... parts) {
		var digest = SHA_256.get();
		for (var part : parts) {
			digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0x1f);
		}
		return ByteBuffer.wrap(digest.digest()).getLong();
	}
}
