package io.custodian.audit;

/** The result of walking the whole audit chain: valid, or the first entry that does not fit. */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry, String reason) {

	public static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	public static ChainVerification broken(long entries, long seq, String reason) {
		return new ChainVerification(false, entries, seq, reason);
	}
}
