package io.custodian.audit;

import java.util.Optional;

/** A hash chain whose head is exported in checkpoints: the audit chain, the consent records. */
public interface CheckpointedChain {

	String chainName();

	ChainHead head();

	/** The stored hash of one entry, if the entry exists. */
	Optional<String> hashAt(long seq);
}
