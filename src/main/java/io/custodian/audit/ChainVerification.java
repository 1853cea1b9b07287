package io.custodian.audit;

/**
 * The result of walking a whole chain: valid, or the first entry that does not fit and why; and what it was checked
 * against besides the entries themselves (the latest checkpoint exported outside the database).
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry, String reason,
		String checkedAgainst) {

	public static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null, null);
	}

	public static ChainVerification broken(long entries, long seq, String reason) {
		return new ChainVerification(false, entries, seq, reason, null);
	}

	public ChainVerification against(String source) {
		return new ChainVerification(valid, entries, firstBrokenEntry, reason, source);
	}
}
