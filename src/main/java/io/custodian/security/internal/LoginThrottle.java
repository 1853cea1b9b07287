package io.custodian.security.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import io.custodian.security.SecuritySettings;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/** Refuses further login attempts for a username after repeated failures, until the lockout has passed. */
@Component
class LoginThrottle {

	private static final int MAX_TRACKED = 100_000;

	private final ConcurrentHashMap<String, Bucket> failures = new ConcurrentHashMap<>();

	private final int attempts;

	private final Duration lockout;

	LoginThrottle(SecuritySettings settings) {
		this.attempts = settings.loginAttempts();
		this.lockout = settings.loginLockout();
	}

	boolean isLocked(String username) {
		var bucket = failures.get(key(username));
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	void failed(String username) {
		if (failures.size() > MAX_TRACKED) {
			failures.clear();
		}
		failures.computeIfAbsent(key(username), k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(attempts).refillIntervally(attempts, lockout))
			.build()).tryConsume(1);
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	Duration lockout() {
		return lockout;
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}
}
