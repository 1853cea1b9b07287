package io.custodian.audit;

import java.time.Instant;

/** A chain's head as exported outside the database at one moment, authenticated with the chain key. */
public record Checkpoint(String chain, long seq, String hash, long keyedFrom, Instant at, String mac) {

	/** The text the checkpoint's MAC covers. */
	public String sealedText() {
		return HashChain.encode(null, "checkpoint", chain, seq, hash, keyedFrom, at.toEpochMilli());
	}
}
