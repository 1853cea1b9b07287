package io.custodian.audit;

/**
 * The recorded end of a chain: its last sequence number and hash, the first sequence number authenticated with the
 * chain key (earlier entries carry the plain SHA-256 links of before), and the MAC sealing these three values.
 */
public record ChainHead(long seq, String hash, long keyedFrom, String mac) {

	/** The text the head's MAC covers. */
	public String sealedText(String chain) {
		return HashChain.encode(null, "head", chain, seq, hash, keyedFrom);
	}
}
