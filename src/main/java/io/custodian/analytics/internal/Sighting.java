package io.custodian.analytics.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A visitor seen under a dimension value on a site-local day: one row of {@code analytics_seen}. */
record Sighting(UUID site, LocalDate day, long hash) {
}
