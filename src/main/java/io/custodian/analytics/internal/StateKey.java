package io.custodian.analytics.internal;

import java.util.UUID;

/** A session or pageview of a site, by the hash of its identifier. */
record StateKey(UUID site, long hash) {
}
