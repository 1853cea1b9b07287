package io.custodian.collect.internal;

import java.time.Instant;
import java.util.Map;

import io.custodian.collect.internal.enrich.UserAgentData;

/**
 * One hit as a client sent it, in any wire format, before validation: the site it names (by id, tracking id or
 * domain), what happened and the browser's view of it. User agent and IP overrides come only from trusted callers.
 */
public record IncomingHit(SiteRef site, String type, String url, String title, String referrer, String screen,
		String language, String pageviewId, Instant occurredAt, String visitorId, String sessionId, String consentId,
		Integer engagedMs, Action action, UserAgentData hints, String userAgent, String ip, Integer scrollDepth,
		Flags flags) {

	public static final String PAGEVIEW = "pageview";

	public static final String ENGAGEMENT = "engagement";

	public static final String ACTION = "action";

	public IncomingHit {
		flags = flags == null ? Flags.NONE : flags;
	}

	/**
	 * A hit with no scroll depth (only Plausible's engagement events report one) and no flags set: bots are left out
	 * of counts and the client's time is only a hint.
	 */
	public IncomingHit(SiteRef site, String type, String url, String title, String referrer, String screen,
			String language, String pageviewId, Instant occurredAt, String visitorId, String sessionId, String consentId,
			Integer engagedMs, Action action, UserAgentData hints, String userAgent, String ip) {
		this(site, type, url, title, referrer, screen, language, pageviewId, occurredAt, visitorId, sessionId, consentId,
				engagedMs, action, hints, userAgent, ip, null, Flags.NONE);
	}

	/** The same hit with other optional values, as {@code OptionalFields} tidies them. */
	IncomingHit with(String title, String referrer, String screen, String language, String pageviewId,
			String visitorId, String sessionId, String consentId, Integer engagedMs, Action action) {
		return new IncomingHit(site, type, url, title, referrer, screen, language, pageviewId, occurredAt, visitorId,
				sessionId, consentId, engagedMs, action, hints, userAgent, ip, scrollDepth, flags);
	}

	/** The same hit without visitor, session and consent ids: what remains when consent does not cover analytics. */
	public IncomingHit withoutIdentity() {
		return new IncomingHit(site, type, url, title, referrer, screen, language, pageviewId, occurredAt, null, null,
				null, engagedMs, action, hints, userAgent, ip, scrollDepth, flags);
	}

	/** How a wire format names the site. */
	public record SiteRef(String id, Integer trackingId, String domain) {

		public static SiteRef byId(String id) {
			return new SiteRef(id, null, null);
		}

		public static SiteRef byTrackingId(Integer trackingId) {
			return new SiteRef(null, trackingId, null);
		}

		public static SiteRef byDomain(String domain) {
			return new SiteRef(null, null, domain);
		}
	}

	/**
	 * What a trusted or explicit client asked for: {@code countBots} stores a hit from a bot user agent as a counted
	 * visit (Matomo's {@code bots=1}); {@code exactTime} stores {@code occurredAt} as given, however old (Matomo's
	 * {@code cdt}, checked by its reader), instead of treating it as a hint; {@code blankAgentCounts} counts a hit
	 * without any user agent as a visitor of unknown browser and device instead of a bot (Matomo: DeviceDetector finds
	 * no bot in an empty User-Agent, so its server-side clients' hits without one count).
	 */
	public record Flags(boolean countBots, boolean exactTime, boolean blankAgentCounts) {

		public static final Flags NONE = new Flags(false, false, false);
	}

	/** An action on the page: outbound link, download, search, or a custom event with properties. */
	public record Action(String name, String kind, String target, Map<String, Object> props) {
	}
}
