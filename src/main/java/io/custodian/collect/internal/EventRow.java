package io.custodian.collect.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.collect.EventField;

/** One enriched event exactly as it is stored. */
record EventRow(UUID siteId, Instant occurredAt, String type, String visitorId, String sessionId, String pageviewId,
		boolean cookieless, String url, String path, String title, String referrer, String source, String channel,
		String utmSource, String utmMedium, String utmCampaign, String utmTerm, String utmContent, String browser,
		String browserVersion, String os, String osVersion, String device, String country, String region, String city,
		String language, String screen, Integer engagedMs, String actionName, String actionKind, String actionTarget,
		String props, String ip, boolean bot, String consentId, Integer scrollDepth) {

	/** A row without a scroll depth. */
	EventRow(UUID siteId, Instant occurredAt, String type, String visitorId, String sessionId, String pageviewId,
			boolean cookieless, String url, String path, String title, String referrer, String source, String channel,
			String utmSource, String utmMedium, String utmCampaign, String utmTerm, String utmContent, String browser,
			String browserVersion, String os, String osVersion, String device, String country, String region,
			String city, String language, String screen, Integer engagedMs, String actionName, String actionKind,
			String actionTarget, String props, String ip, boolean bot, String consentId) {
		this(siteId, occurredAt, type, visitorId, sessionId, pageviewId, cookieless, url, path, title, referrer, source,
				channel, utmSource, utmMedium, utmCampaign, utmTerm, utmContent, browser, browserVersion, os, osVersion,
				device, country, region, city, language, screen, engagedMs, actionName, actionKind, actionTarget, props,
				ip, bot, consentId, null);
	}

	/** The stored columns, in the order of {@link #values}; {@code seq} comes from the database. */
	static final List<String> COLUMNS = List.of("site_id", "occurred_at", "ingested_at", "type", "visitor_id",
			"session_id", "pageview_id", "cookieless", "url", "path", "title", "referrer", "source", "channel",
			"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "browser", "browser_version", "os",
			"os_version", "device", "country", "region", "city", "language", "screen", "engaged_ms", "action_name",
			"action_kind", "action_target", "props", "ip", "bot", "consent_id", "scroll_depth");

	/** The stored column of each text the event log hands out, in {@link EventField} order. */
	static final Map<EventField, String> FIELD_COLUMNS = new EnumMap<>(Map.ofEntries(
			Map.entry(EventField.PATH, "path"), Map.entry(EventField.TITLE, "title"),
			Map.entry(EventField.SOURCE, "source"), Map.entry(EventField.CHANNEL, "channel"),
			Map.entry(EventField.CAMPAIGN, "utm_campaign"), Map.entry(EventField.BROWSER, "browser"),
			Map.entry(EventField.OS, "os"), Map.entry(EventField.DEVICE, "device"),
			Map.entry(EventField.COUNTRY, "country"), Map.entry(EventField.REGION, "region"),
			Map.entry(EventField.CITY, "city"), Map.entry(EventField.LANGUAGE, "language"),
			Map.entry(EventField.SCREEN, "screen"), Map.entry(EventField.ACTION_NAME, "action_name"),
			Map.entry(EventField.OS_VERSION, "os_version")));

	/**
	 * The same row within the sizes of the {@code events} columns: every text cut to its column's size, the props
	 * JSON left out when longer than its column; {@code bounds} sees each value that does not fit.
	 */
	EventRow bounded(Bounds bounds) {
		return new EventRow(siteId, occurredAt, bounds.cut("type", type, 12), bounds.cut("visitor", visitorId, 64),
				bounds.cut("session", sessionId, 64), bounds.cut("pageview", pageviewId, 32), cookieless,
				bounds.cut("url", url, 2048), bounds.cut("path", path, 1024), bounds.cut("title", title, 512),
				bounds.cut("referrer", referrer, 2048), bounds.cut("source", source, 200),
				bounds.cut("channel", channel, 20), bounds.cut("utm_source", utmSource, 200),
				bounds.cut("utm_medium", utmMedium, 200), bounds.cut("utm_campaign", utmCampaign, 200),
				bounds.cut("utm_term", utmTerm, 200), bounds.cut("utm_content", utmContent, 200),
				bounds.cut("browser", browser, 100), bounds.cut("browser_version", browserVersion, 50),
				bounds.cut("os", os, 100), bounds.cut("os_version", osVersion, 50), bounds.cut("device", device, 20),
				bounds.cut("country", country, 2), bounds.cut("region", region, 100), bounds.cut("city", city, 100),
				bounds.cut("language", language, 35), bounds.cut("screen", screen, 20), engagedMs,
				bounds.cut("action_name", actionName, 200), bounds.cut("action_kind", actionKind, 20),
				bounds.cut("action_target", actionTarget, 2048), bounds.drop("props", props, 4000),
				bounds.cut("ip", ip, 45), bot, bounds.cut("consent", consentId, 64), scrollDepth);
	}

	/** What happens to a value longer than its column. */
	interface Bounds {

		/** The value, or its first {@code max} characters. */
		String cut(String column, String value, int max);

		/** The value, or null when it is longer than {@code max} characters. */
		String drop(String column, String value, int max);
	}

	/** The row's values in column order: a UUID, two Instants, Strings, Booleans and an Integer, or nulls. */
	Object[] values(Instant ingestedAt) {
		return new Object[] { siteId, occurredAt, ingestedAt, type, visitorId, sessionId, pageviewId, cookieless, url,
				path, title, referrer, source, channel, utmSource, utmMedium, utmCampaign, utmTerm, utmContent, browser,
				browserVersion, os, osVersion, device, country, region, city, language, screen, engagedMs, actionName,
				actionKind, actionTarget, props, ip, bot, consentId, scrollDepth };
	}
}
