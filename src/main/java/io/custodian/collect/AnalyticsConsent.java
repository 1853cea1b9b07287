package io.custodian.collect;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether a visitor's consent covers analytics at a moment; the collector asks before it stores any identifier.
 * Implemented by the consent manager. A missing, forged or withdrawn consent id never covers anything.
 */
public interface AnalyticsConsent {

	boolean covers(UUID siteId, String consentId, Instant at);
}
