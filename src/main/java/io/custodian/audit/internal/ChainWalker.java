package io.custodian.audit.internal;

import io.custodian.audit.AuditEntry;
import io.custodian.audit.ChainVerification;

/** Walks entries in order and remembers the first one that breaks the chain. */
final class ChainWalker {

	private long expectedSeq = 1;

	private String previousHash = ChainHash.GENESIS;

	private long count;

	private ChainVerification broken;

	void accept(AuditEntry entry) {
		count++;
		if (broken != null) {
			return;
		}
		if (entry.seq() != expectedSeq) {
			broken = ChainVerification.broken(0, expectedSeq, "entry " + expectedSeq + " is missing");
		}
		else if (!previousHash.equals(entry.prevHash())) {
			broken = ChainVerification.broken(0, entry.seq(), "entry does not link to the hash of its predecessor");
		}
		else if (!ChainHash.of(entry).equals(entry.hash())) {
			broken = ChainVerification.broken(0, entry.seq(), "entry content does not match its hash");
		}
		expectedSeq = entry.seq() + 1;
		previousHash = entry.hash();
	}

	ChainVerification finish(long headSeq, String headHash) {
		if (broken != null) {
			return ChainVerification.broken(count, broken.firstBrokenEntry(), broken.reason());
		}
		if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
			return ChainVerification.broken(count, expectedSeq, "the chain ends before its recorded head " + headSeq);
		}
		return ChainVerification.intact(count);
	}
}
