package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.UUID;

import io.custodian.analytics.Dimension;

/** One row of {@code analytics_rollup}. */
record RollupKey(UUID site, Dimension dimension, Instant bucket, String value) {
}
