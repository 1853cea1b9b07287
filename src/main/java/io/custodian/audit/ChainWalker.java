package io.custodian.audit;

/**
 * Walks a chain's entries in sequence order and finds the first that does not fit: a gap, a broken link, content
 * that no longer matches its hash or MAC, a hash other than a checkpoint recorded; then judges the head.
 */
public final class ChainWalker {

	private final String chain;

	private final ChainHead head;

	private final ChainSeal seal;

	private final Checkpoint checkpoint;

	private long expectedSeq = 1;

	private String previousHash = HashChain.GENESIS;

	private long count;

	private Long brokenAt;

	private String reason;

	ChainWalker(String chain, ChainHead head, ChainSeal seal, Checkpoint checkpoint) {
		this.chain = chain;
		this.head = head;
		this.seal = seal;
		this.checkpoint = checkpoint;
	}

	/** Checks the next entry, given its encoding (see {@link HashChain#encode}). */
	public void accept(long seq, String prevHash, String storedHash, String content) {
		count++;
		if (brokenAt == null) {
			if (seq != expectedSeq) {
				fail(expectedSeq, "entry " + expectedSeq + " is missing");
			}
			else if (!previousHash.equals(prevHash)) {
				fail(seq, "entry does not link to the hash of its predecessor");
			}
			else if (!seal.holds(head, seq, content, storedHash)) {
				fail(seq, seq < head.keyedFrom() ? "entry content does not match its hash"
						: "entry content does not match its MAC: changed, or rehashed without the chain key");
			}
			else if (checkpoint != null && seq == checkpoint.seq() && !storedHash.equals(checkpoint.hash())) {
				fail(seq, "entry differs from the checkpoint of seq " + seq + ": the chain was rewritten");
			}
		}
		expectedSeq = seq + 1;
		previousHash = storedHash;
	}

	/**
	 * The verdict on the entries seen (those up to the head), the recorded head and the latest checkpoint; entries
	 * beyond a head that did not move meanwhile mean the head was rewound.
	 */
	public ChainVerification finish(boolean entriesBeyondHead) {
		var source = checkpoint == null ? "entry MACs and the sealed head; no checkpoint written yet"
				: "checkpoint file, seq " + checkpoint.seq() + " of " + checkpoint.at();
		return verdict(entriesBeyondHead).against(source);
	}

	private ChainVerification verdict(boolean entriesBeyondHead) {
		if (brokenAt != null) {
			return ChainVerification.broken(count, brokenAt, reason);
		}
		if (entriesBeyondHead) {
			return ChainVerification.broken(count, head.seq() + 1,
					"entries after the recorded head " + head.seq() + " exist: the head was rewound");
		}
		if (head.seq() != expectedSeq - 1 || !head.hash().equals(previousHash)) {
			return ChainVerification.broken(count, expectedSeq, "the chain ends before its recorded head " + head.seq());
		}
		if (!seal.isSealed(chain, head)) {
			return ChainVerification.broken(count, head.seq(),
					"the chain head is not sealed with the chain key: rewound or rewritten");
		}
		if (checkpoint != null && head.seq() < checkpoint.seq()) {
			return ChainVerification.broken(count, head.seq() + 1, "the chain ends at " + head.seq()
					+ " but a checkpoint recorded it at " + checkpoint.seq() + ": entries were cut off");
		}
		if (checkpoint != null && head.keyedFrom() != checkpoint.keyedFrom()) {
			return ChainVerification.broken(count, Math.min(head.keyedFrom(), checkpoint.keyedFrom()),
					"the point from which entries are keyed differs from the checkpoint: the chain was rehashed");
		}
		return ChainVerification.intact(count);
	}

	private void fail(long seq, String why) {
		brokenAt = seq;
		reason = why;
	}
}
