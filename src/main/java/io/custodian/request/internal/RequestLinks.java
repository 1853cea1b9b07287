package io.custodian.request.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.audit.HashChain;
import io.custodian.request.RequestSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The link in a request's emails: a random 128-bit token naming the request, never its id or reference. Stored as a
 * hash to find the request and encrypted to write the next email; erasure removes both.
 */
@Component
class RequestLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

	private final JdbcClient jdbc;

	private final RequestCrypto crypto;

	private final RequestSettings settings;

	RequestLinks(JdbcClient jdbc, RequestCrypto crypto, RequestSettings settings) {
		this.jdbc = jdbc;
		this.crypto = crypto;
		this.settings = settings;
	}

	/** Gives a new request its link; in the caller's transaction, after the request row is written. */
	void create(UUID request) {
		var bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("UPDATE privacy_requests SET link_hash = :hash, link_ct = :ct WHERE id = :id")
			.param("hash", HashChain.sha256(token)).param("ct", crypto.encrypt(request, "link", token)).param("id", request)
			.update();
	}

	/** The request a link token names, if it is one. */
	Optional<UUID> find(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id FROM privacy_requests WHERE link_hash = :hash").param("hash", HashChain.sha256(token))
			.query(UUID.class).optional();
	}

	/** The page where the requester enters the code and follows the request, in the request's language. */
	String url(PrivacyRequest request) {
		var ciphertext = jdbc.sql("SELECT link_ct FROM privacy_requests WHERE id = :id").param("id", request.filing().id())
			.query(byte[].class).optional().orElse(null);
		var token = crypto.decrypt(request.filing().id(), "link", ciphertext);
		var page = token == null ? request.filing().id().toString() : token;
		return settings.publicUrl().replaceAll("/+$", "") + "/privacy/requests/" + page + "?lang="
				+ (RequestTexts.german(request.filing().language()) ? "de" : "en");
	}
}
