package io.custodian.collect.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One enriched event exactly as it is stored. */
record EventRow(UUID siteId, Instant occurredAt, String type, String visitorId, String sessionId, String pageviewId,
		boolean cookieless, String url, String path, String title, String referrer, String source, String channel,
		String utmSource, String utmMedium, String utmCampaign, String utmTerm, String utmContent, String browser,
		String browserVersion, String os, String osVersion, String device, String country, String region, String city,
		String language, String screen, Integer engagedMs, String actionName, String actionKind, String actionTarget,
		String props, String ip, boolean bot, String consentId) {

	/** The stored columns, in the order of {@link #values}; {@code seq} comes from the database. */
	static final List<String> COLUMNS = List.of("site_id", "occurred_at", "ingested_at", "type", "visitor_id",
			"session_id", "pageview_id", "cookieless", "url", "path", "title", "referrer", "source", "channel",
			"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "browser", "browser_version", "os",
			"os_version", "device", "country", "region", "city", "language", "screen", "engaged_ms", "action_name",
			"action_kind", "action_target", "props", "ip", "bot", "consent_id");

	/** The row's values in column order: a UUID, two Instants, Strings, Booleans and an Integer, or nulls. */
	Object[] values(Instant ingestedAt) {
		return new Object[] { siteId, occurredAt, ingestedAt, type, visitorId, sessionId, pageviewId, cookieless, url,
				path, title, referrer, source, channel, utmSource, utmMedium, utmCampaign, utmTerm, utmContent, browser,
				browserVersion, os, osVersion, device, country, region, city, language, screen, engagedMs, actionName,
				actionKind, actionTarget, props, ip, bot, consentId };
	}
}
