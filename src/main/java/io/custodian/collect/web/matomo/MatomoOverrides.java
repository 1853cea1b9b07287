package io.custodian.collect.web.matomo;

import java.time.Instant;
import java.util.List;

import io.custodian.security.IpLiterals;
import io.custodian.system.InvalidInput.FieldError;

/** What only a request with a valid {@code token_auth} may set: the client's address, user agent and time. */
record MatomoOverrides(String ip, String userAgent, Instant at) {

	static final MatomoOverrides NONE = new MatomoOverrides(null, null, null);

	private static final int MAX_USER_AGENT = 1024;

	/** Reads {@code cip}, {@code ua} and {@code cdt}; malformed ones are reported and left out. */
	static MatomoOverrides read(MatomoParameters p, String prefix, List<FieldError> errors) {
		return new MatomoOverrides(ip(p, prefix, errors), userAgent(p), at(p, prefix, errors));
	}

	private static String ip(MatomoParameters p, String prefix, List<FieldError> errors) {
		if (!p.has("cip")) {
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

	private static Instant at(MatomoParameters p, String prefix, List<FieldError> errors) {
		if (!p.has("cdt")) {
			return null;
		}
		var at = MatomoFields.dateTime(p.get("cdt"));
		if (at == null) {
			errors.add(new FieldError(prefix + "cdt", "must be a unix timestamp or UTC \"YYYY-MM-DD HH:MM:SS\""));
		}
		return at;
	}
}
