package io.custodian.request.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import io.custodian.audit.HashChain;
import io.custodian.request.RequestSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Six-digit one-time codes: stored as hashes, expiring, single use, at most a few per hour per request. */
@Component
class VerificationCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final RequestSettings settings;

	VerificationCodes(JdbcClient jdbc, RequestSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** A new code, or null when this request already had its share of codes this hour. */
	String issue(UUID request) {
		var lastHour = jdbc.sql("SELECT COUNT(*) FROM request_codes WHERE request_id = :r AND created_at > :since")
			.param("r", request).param("since", Requests.utc(Instant.now().minusSeconds(3600))).query(Long.class).single();
		if (lastHour >= settings.codesPerHour()) {
			return null;
		}
		var code = String.format("%06d", RANDOM.nextInt(1_000_000));
		jdbc.sql("""
				INSERT INTO request_codes (request_id, code_hash, created_at, expires_at)
				VALUES (:r, :hash, :now, :expires)""")
			.param("r", request).param("hash", hash(request, code)).param("now", Requests.utc(Instant.now()))
			.param("expires", Requests.utc(Instant.now().plus(settings.codeValidity()))).update();
		return code;
	}

	/** Whether the code is a valid, unused, unexpired code of the request; a match is used up at once. */
	Check check(UUID request, String code) {
		var match = jdbc.sql("SELECT expires_at, used_at FROM request_codes WHERE request_id = :r AND code_hash = :h")
			.param("r", request).param("h", hash(request, code))
			.query((rs, n) -> new Object[] { rs.getObject(1, java.time.OffsetDateTime.class), rs.getObject(2) })
			.optional();
		if (match.isEmpty()) {
			return Check.WRONG;
		}
		if (match.get()[1] != null || ((java.time.OffsetDateTime) match.get()[0]).toInstant().isBefore(Instant.now())) {
			return Check.EXPIRED_OR_USED;
		}
		jdbc.sql("UPDATE request_codes SET used_at = :now WHERE request_id = :r AND code_hash = :h")
			.param("now", Requests.utc(Instant.now())).param("r", request).param("h", hash(request, code)).update();
		return Check.VALID;
	}

	private static String hash(UUID request, String code) {
		return HashChain.sha256(request + ":" + code);
	}

	/** The outcome of checking a code. */
	enum Check {
		VALID, WRONG, EXPIRED_OR_USED
	}
}
