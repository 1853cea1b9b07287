package io.custodian.audit;

import org.springframework.stereotype.Component;

/**
 * Links and seals chain entries with the chain key: every new entry's hash is the MAC of its encoding, the head is
 * sealed with a MAC over its values, and entries before the head's {@code keyedFrom} keep their SHA-256 links.
 */
@Component
public class ChainSeal {

	private final ChainKey key;

	private final ChainCheckpoints checkpoints;

	ChainSeal(ChainKey key, ChainCheckpoints checkpoints) {
		this.key = key;
		this.checkpoints = checkpoints;
	}

	/** The hash of a new entry: the MAC of its encoding. */
	public String link(String content) {
		return key.mac(content);
	}

	/** Whether a stored entry's hash still matches its encoding: by MAC when keyed, by SHA-256 before. */
	public boolean holds(ChainHead head, long seq, String content, String storedHash) {
		return seq < head.keyedFrom() ? HashChain.sha256(content).equals(storedHash) : key.verifies(content, storedHash);
	}

	/** The head after appending an entry, sealed. */
	public ChainHead seal(String chain, long seq, String hash, long keyedFrom) {
		var unsealed = new ChainHead(seq, hash, keyedFrom, null);
		return new ChainHead(seq, hash, keyedFrom, key.mac(unsealed.sealedText(chain)));
	}

	/**
	 * Whether the head is as this installation sealed it; a head without a seal is accepted only before the first
	 * keyed entry (right after the upgrade that introduced keys).
	 */
	public boolean isSealed(String chain, ChainHead head) {
		return head.mac() == null ? head.seq() < head.keyedFrom() : key.verifies(head.sealedText(chain), head.mac());
	}

	/** A walk over the chain that checks entries, head and the latest checkpoint. */
	public ChainWalker walker(String chain, ChainHead head) {
		return new ChainWalker(chain, head, this, checkpoints.latest(chain).orElse(null));
	}
}
