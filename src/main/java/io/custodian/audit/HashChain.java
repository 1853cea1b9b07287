package io.custodian.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The encoding of every chain entry in Custodian, an unambiguous length-prefixed text of its values with its
 * predecessor's hash last, and the plain SHA-256 that linked entries before they were keyed.
 */
public final class HashChain {

	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	/** The SHA-256 of an entry's encoding, as unkeyed entries were linked. */
	public static String hash(String previousHash, Object... values) {
		return sha256(encode(previousHash, values));
	}

	/** An entry's values in a fixed order, then the previous entry's hash. */
	public static String encode(String previousHash, Object... values) {
		var text = new StringBuilder();
		for (var value : values) {
			append(text, value == null ? null : value.toString());
		}
		append(text, previousHash);
		return text.toString();
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void append(StringBuilder text, String value) {
		var v = value == null ? "" : value;
		text.append(v.length()).append(':').append(v).append('|');
	}
}
