package io.custodian.collect.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;

import io.custodian.collect.internal.enrich.ClientInfo;
import io.custodian.collect.internal.enrich.GeoLocator;
import io.custodian.collect.internal.enrich.IpAnonymizer;
import io.custodian.collect.internal.enrich.ReferrerClassifier;
import io.custodian.collect.internal.enrich.UserAgentData;
import io.custodian.site.Site;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a valid hit into the stored event: identity, user agent, location, truncated address, traffic source; every
 * value bounded to its column.
 */
@Component
class HitEnrichment {

	private static final Duration MAX_CLOCK_SKEW = Duration.ofHours(24);

	private final UserAgents userAgents;

	private final GeoLocator geo;

	private final IpAnonymizer anonymizer;

	private final ReferrerClassifier referrers;

	private final DailySalt salt;

	private final JsonMapper json;

	private final EventBounds bounds;

	HitEnrichment(UserAgents userAgents, GeoLocator geo, IpAnonymizer anonymizer, ReferrerClassifier referrers,
			DailySalt salt, JsonMapper json, EventBounds bounds) {
		this.bounds = bounds;
		this.userAgents = userAgents;
		this.geo = geo;
		this.anonymizer = anonymizer;
		this.referrers = referrers;
		this.salt = salt;
		this.json = json;
	}

	EventRow enrich(IncomingHit hit, Site site, ClientContext client, String address) {
		var headers = new HashMap<>(client.clientHints());
		var userAgent = hit.userAgent() != null ? hit.userAgent() : client.userAgent();
		headers.put("User-Agent", userAgent == null ? "" : userAgent);
		var agent = (userAgent == null || userAgent.isBlank()) && hit.flags().blankAgentCounts() ? ClientInfo.UNKNOWN
				: userAgents.parse(headers, hit.hints());
		var location = address == null ? null : geo.locate(address).orElse(null);
		var cookieless = hit.visitorId() == null;
		var visitor = cookieless ? salt.visitorHash(site.id().toString(), String.valueOf(address), String.valueOf(userAgent))
				: hit.visitorId();
		var session = cookieless ? visitor : hit.sessionId();
		var source = referrers.classify(hit.url(), hit.referrer(), site.domains());
		var action = hit.action();
		return bounds.bound(new EventRow(site.id(), occurredAt(hit), hit.type(), visitor, session, hit.pageviewId(), cookieless,
				hit.url(), path(hit.url()), hit.title(), hit.referrer(), clip(source.source()), source.channel(),
				clip(source.utmSource()), clip(source.utmMedium()), clip(source.utmCampaign()), clip(source.utmTerm()),
				clip(source.utmContent()), agent.browserName(), agent.browserVersion(), agent.osName(),
				osVersion(agent.osVersion(), hit.hints()),
				agent.deviceType(), location == null ? null : location.countryCode(),
				location == null ? null : clip(location.region()), location == null ? null : clip(location.city()),
				language(hit.language(), client.acceptLanguage()), hit.screen(), hit.engagedMs(),
				action == null ? null : action.name(), action == null ? null : kind(action),
				action == null ? null : action.target(), action == null || action.props() == null ? null
						: json.writeValueAsString(action.props()),
				address == null ? null : anonymizer.anonymize(address).orElse(null),
				agent.bot() && !hit.flags().countBots(), hit.consentId(), hit.scrollDepth(), client.wire().stored()));
	}

	/** Where the user-agent parser knows no version (Linux), the platform version the browser reports is the best. */
	private static String osVersion(String parsed, UserAgentData hints) {
		if (parsed != null || hints == null || hints.platformVersion() == null || hints.platformVersion().isBlank()) {
			return parsed;
		}
		var version = hints.platformVersion().strip();
		return version.length() > 50 ? version.substring(0, 50) : version;
	}

	/** The client's time when plausible; a reader's checked {@code exactTime} however old, never in the future. */
	private static Instant occurredAt(IncomingHit hit) {
		var now = Instant.now();
		var at = hit.occurredAt();
		if (at == null || at.isAfter(now.plus(Duration.ofMinutes(5)))
				|| !hit.flags().exactTime() && at.isBefore(now.minus(MAX_CLOCK_SKEW))) {
			return now;
		}
		return at;
	}

	private static String kind(IncomingHit.Action action) {
		return action.kind() == null ? "custom" : action.kind();
	}

	private static String path(String url) {
		try {
			var path = PlainUrls.isPlainHttp(url) ? PlainUrls.rawPath(url) : URI.create(url).getRawPath();
			var value = path == null || path.isEmpty() ? "/" : path;
			return value.length() > 1024 ? value.substring(0, 1024) : value;
		}
		catch (IllegalArgumentException e) {
			return "/";
		}
	}

	static String language(String hit, String acceptLanguage) {
		if (hit != null) {
			return hit;
		}
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return null;
		}
		var first = acceptLanguage.split(",", -1)[0].split(";", -1)[0].trim();
		var locale = Locale.forLanguageTag(first);
		return locale.getLanguage().isEmpty() || first.length() > 35 ? null : locale.toLanguageTag();
	}

	private static String clip(String value) {
		return value == null || value.length() <= 100 ? value : value.substring(0, 100);
	}
}
