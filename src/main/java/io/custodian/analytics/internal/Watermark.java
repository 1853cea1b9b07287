package io.custodian.analytics.internal;

import java.time.Instant;

/**
 * The rollup job's progress in ingestion order: every event up to {@code (ingestedAt, seq)} is counted. Events are
 * read only once ingested more than {@link RollupJob#SETTLE} ago, when they have committed, so none is passed over.
 */
record Watermark(Instant ingestedAt, long seq) {

	/** The position of the last of these events, or this one when there are none. */
	Watermark after(java.util.List<RollupEvent> read) {
		if (read.isEmpty()) {
			return this;
		}
		var last = read.getLast();
		return new Watermark(last.ingestedAt(), last.seq());
	}
}
