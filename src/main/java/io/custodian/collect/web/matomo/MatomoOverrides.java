package io.custodian.collect.web.matomo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.custodian.collect.internal.FieldNotes;
import io.custodian.security.IpLiterals;
import io.custodian.system.InvalidInput.FieldError;

/**
 * The request's overrides of the client's side, by Matomo's rules ({@code core/Tracker/Request.php}): {@code ua}
 * replaces the User-Agent header for anyone; {@code cip} needs a valid {@code token_auth} and is refused without one;
 * {@code cdt} is taken without a token when it is less than 24 hours old, and older only with one; a {@code cdt} that
 * cannot be read, lies in the future or more than 20 years back is ignored (server time), as Matomo ignores it.
 */
record MatomoOverrides(String ip, String userAgent, Instant at) {

	static final Duration UNAUTHENTICATED_CDT = Duration.ofHours(24);

	private static final Duration OLDEST_CDT = Duration.ofDays(20 * 365);

	private static final int MAX_USER_AGENT = 1024;

	/** Reads {@code cip}, {@code ua} and {@code cdt}; refused ones are reported, ignored ones noted. */
	static MatomoOverrides read(MatomoParameters p, boolean authenticated, Duration retention, String prefix,
			List<FieldError> errors, FieldNotes notes) {
		return new MatomoOverrides(ip(p, authenticated, prefix, errors), userAgent(p),
				at(p, authenticated, retention, prefix, errors, notes));
	}

	private static String ip(MatomoParameters p, boolean authenticated, String prefix, List<FieldError> errors) {
		if (!p.has("cip")) {
			return null;
		}
		if (!authenticated) {
			errors.add(new FieldError(prefix + "cip", "requires a valid token_auth"));
			return null;
		}
		var address = IpLiterals.parse(p.get("cip"));
		if (address.isEmpty()) {
			errors.add(new FieldError(prefix + "cip", "must be an IPv4 or IPv6 address"));
			return null;
		}
		return address.get().getHostAddress();
	}

	private static String userAgent(MatomoParameters p) {
		var ua = p.get("ua");
		return ua != null && ua.length() > MAX_USER_AGENT ? ua.substring(0, MAX_USER_AGENT) : ua;
	}

	private static Instant at(MatomoParameters p, boolean authenticated, Duration retention, String prefix,
			List<FieldError> errors, FieldNotes notes) {
		if (!p.has("cdt")) {
			return null;
		}
		var now = Instant.now();
		var at = MatomoFields.dateTime(p.get("cdt"));
		if (at == null || at.isAfter(now) || at.isBefore(now.minus(OLDEST_CDT))) {
			notes.dropped("cdt");
			return null;
		}
		var age = Duration.between(at, now);
		if (age.compareTo(UNAUTHENTICATED_CDT) >= 0 && !authenticated) {
			errors.add(new FieldError(prefix + "cdt", "is " + age.toSeconds()
					+ " seconds old: a custom time older than 24 hours requires a valid token_auth"));
			return null;
		}
		if (age.compareTo(retention) >= 0) {
			errors.add(new FieldError(prefix + "cdt", "is older than the retention of raw events (" + retention.toDays()
					+ " days)"));
			return null;
		}
		return at;
	}
}
