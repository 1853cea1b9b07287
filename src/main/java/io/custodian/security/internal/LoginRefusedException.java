package io.custodian.security.internal;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A login attempt refused before its password was checked; says when to try again (429 with Retry-After). */
class LoginRefusedException extends LockedException {

	private static final long serialVersionUID = 1L;

	private final transient Duration retryAfter;

	LoginRefusedException(Duration retryAfter) {
		super("Too many failed logins: try again in " + seconds(retryAfter) + " seconds");
		this.retryAfter = retryAfter;
	}

	long retryAfterSeconds() {
		return seconds(retryAfter);
	}

	private static long seconds(Duration duration) {
		return Math.max(1, duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0));
	}
}
