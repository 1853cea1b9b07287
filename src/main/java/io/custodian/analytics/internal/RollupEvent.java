package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Dimension;

/**
 * One non-bot event as the rollups see it, with its session and pageview keys already hashed and the {@link PageTime}
 * rule of its wire format.
 */
record RollupEvent(long seq, Instant ingestedAt, UUID site, Instant at, String type, String visitor, StateKey sessionKey,
		StateKey pageviewKey, String path, String title, Map<Dimension, String> attributes, Long engagedMs,
		String action, PageTime pageTime) {
}
