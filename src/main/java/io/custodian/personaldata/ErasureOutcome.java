package io.custodian.personaldata;

/** What one store removed for a subject, and what it kept and why. */
public record ErasureOutcome(String store, int rowsRemoved, String kept, String reason) {

	public static ErasureOutcome removed(String store, int rows) {
		return new ErasureOutcome(store, rows, null, null);
	}
}
