package io.custodian.audit;

import java.util.Optional;

/**
 * Checkpoints of chain heads written where the database cannot rewrite them: an append-only file in the data
 * directory, the log and, when configured, a webhook.
 */
public interface ChainCheckpoints {

	/** The latest checkpoint of a chain this installation wrote and can still authenticate. */
	Optional<Checkpoint> latest(String chain);

	/** Tells that an entry was appended in the current transaction; every N entries a checkpoint follows the commit. */
	void appended(String chain, long seq);

	/** Writes a checkpoint of every chain whose head moved on since its last one. */
	void checkpointAll();
}
