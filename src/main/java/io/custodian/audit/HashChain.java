package io.custodian.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashing of every tamper-evident chain in Custodian: SHA-256 over an unambiguous length-prefixed encoding of
 * an entry's values, its predecessor's hash last; and the walk that finds the first entry that does not fit.
 */
public final class HashChain {

	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	/** The hash of an entry: its values in a fixed order, then the previous entry's hash. */
	public static String hash(String previousHash, Object... values) {
		var text = new StringBuilder();
		for (var value : values) {
			append(text, value == null ? null : value.toString());
		}
		append(text, previousHash);
		return sha256(text.toString());
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

	/** Walks entries in sequence order and remembers the first that breaks the chain. */
	public static final class Walker {

		private long expectedSeq = 1;

		private String previousHash = GENESIS;

		private long count;

		private Long brokenAt;

		private String reason;

		/** Checks the next entry: its sequence number, the link to its predecessor and its recomputed hash. */
		public void accept(long seq, String prevHash, String storedHash, String recomputedHash) {
			count++;
			if (brokenAt == null) {
				if (seq != expectedSeq) {
					fail(expectedSeq, "entry " + expectedSeq + " is missing");
				}
				else if (!previousHash.equals(prevHash)) {
					fail(seq, "entry does not link to the hash of its predecessor");
				}
				else if (!recomputedHash.equals(storedHash)) {
					fail(seq, "entry content does not match its hash");
				}
			}
			expectedSeq = seq + 1;
			previousHash = storedHash;
		}

		/** The verdict, given the head that was recorded when the last entry was appended. */
		public ChainVerification finish(long headSeq, String headHash) {
			if (brokenAt != null) {
				return ChainVerification.broken(count, brokenAt, reason);
			}
			if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
				return ChainVerification.broken(count, expectedSeq, "the chain ends before its recorded head " + headSeq);
			}
			return ChainVerification.intact(count);
		}

		private void fail(long seq, String why) {
			brokenAt = seq;
			reason = why;
		}
	}
}
