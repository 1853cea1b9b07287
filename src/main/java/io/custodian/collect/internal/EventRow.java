package io.custodian.collect.internal;

import java.time.Instant;
import java.util.UUID;

/** One enriched event exactly as it is stored. */
record EventRow(UUID siteId, Instant occurredAt, String type, String visitorId, String sessionId, String pageviewId,
		boolean cookieless, String url, String path, String title, String referrer, String source, String channel,
		String utmSource, String utmMedium, String utmCampaign, String utmTerm, String utmContent, String browser,
		String browserVersion, String os, String osVersion, String device, String country, String region, String city,
		String language, String screen, Integer engagedMs, String actionName, String actionKind, String actionTarget,
		String props, String ip, boolean bot, String consentId) {
}
