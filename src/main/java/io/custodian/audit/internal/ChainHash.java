package io.custodian.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.custodian.audit.AuditEntry;

/** The SHA-256 of an entry's content and its predecessor's hash, over an unambiguous length-prefixed encoding. */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(AuditEntry e) {
		var text = new StringBuilder();
		append(text, Long.toString(e.seq()));
		append(text, Long.toString(e.recordedAt().toEpochMilli()));
		append(text, e.actor());
		append(text, e.action());
		append(text, e.subject());
		append(text, e.purpose());
		append(text, String.join(",", e.fields()));
		append(text, e.outcome().name());
		append(text, e.detail());
		append(text, e.prevHash());
		return sha256(text.toString());
	}

	private static void append(StringBuilder text, String value) {
		var v = value == null ? "" : value;
		text.append(v.length()).append(':').append(v).append('|');
	}

	private static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
