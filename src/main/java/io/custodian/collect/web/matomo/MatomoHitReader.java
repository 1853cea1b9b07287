package io.custodian.collect.web.matomo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.IncomingHit;
import io.custodian.collect.internal.IncomingHit.SiteRef;
import io.custodian.collect.internal.enrich.UserAgentData;
import io.custodian.collect.web.ClientHints;
import io.custodian.collect.web.CompatFields;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one Matomo request's parameters into a hit, or into none when Matomo would record nothing Custodian models
 * ({@code rec} not 1, content or {@code ca=1}-only requests); problems go to the caller's error list. Remembers
 * when stored pageviews started, so that later heartbeats carry the time spent.
 */
@Component
class MatomoHitReader {

	private final Sites sites;

	private final MatomoTokens tokens;

	private final RecentPageviews pageviews = new RecentPageviews(100_000, Duration.ofHours(24));

	private final Duration retention;

	private final JsonMapper json;

	MatomoHitReader(Sites sites, MatomoTokens tokens, CollectSettings settings, JsonMapper json) {
		this.json = json;
		this.sites = sites;
		this.tokens = tokens;
		this.retention = settings.retention();
	}

	/** Reads one request; {@code bulkToken} is the bulk request's {@code token_auth}, if any. */
	MatomoHit read(MatomoParameters p, String bulkToken, String prefix, List<FieldError> errors, FieldNotes notes) {
		if (!p.isFlag("rec")) {
			return MatomoHit.NONE;
		}
		var trackingId = MatomoFields.trackingId(p, prefix, errors);
		var visitor = MatomoFields.visitorId(p, prefix, errors, notes);
		var authenticated = tokens.isValid(p.get("token_auth") != null ? p.get("token_auth") : bulkToken);
		var overrides = MatomoOverrides.read(p, authenticated, retention, prefix, errors, notes);
		var type = MatomoActions.hitType(p);
		if (type == null) {
			requireRegistered(trackingId, prefix, errors);
			return MatomoHit.NONE;
		}
		var pvId = p.get("pv_id");
		var engagedMs = IncomingHit.ENGAGEMENT.equals(type) ? engagedMs(trackingId, pvId, overrides.at()) : null;
		var action = IncomingHit.ACTION.equals(type) ? MatomoActions.read(p, prefix, errors, notes) : null;
		if (trackingId == null) {
			return MatomoHit.NONE;
		}
		var hit = new IncomingHit(SiteRef.byTrackingId(trackingId), type, p.get("url"), p.get("action_name"),
				CompatFields.referrer(p.get("urlref")), p.get("res"), CompatFields.firstLanguage(p.get("lang")), pvId,
				overrides.at(), visitor, null, p.get("consent"), engagedMs, action, hints(p, notes), overrides.userAgent(),
				overrides.ip(), null, new IncomingHit.Flags(MatomoFields.countBots(p), overrides.at() != null, true));
		return new MatomoHit(hit, IncomingHit.PAGEVIEW.equals(type) && pvId != null ? trackingId + ":" + pvId : null,
				overrides.at());
	}

	/** {@code uadata}: the client hints piwik.js sends as JSON, used like the headers (Matomo needs no token). */
	private UserAgentData hints(MatomoParameters p, FieldNotes notes) {
		var uadata = p.get("uadata");
		if (uadata == null) {
			return null;
		}
		try {
			var hints = ClientHints.read(json.readTree(uadata));
			if (hints == null) {
				notes.dropped("uadata");
			}
			return hints;
		}
		catch (JacksonException e) {
			notes.dropped("uadata");
			return null;
		}
	}

	/** Records when a stored pageview started. */
	void remember(MatomoHit hit) {
		if (hit.pageviewKey() != null) {
			pageviews.started(hit.pageviewKey(), hit.at() != null ? hit.at() : Instant.now());
		}
	}

	/** Requests Custodian does not model still need an existing site, as in Matomo. */
	private void requireRegistered(Integer trackingId, String prefix, List<FieldError> errors) {
		if (trackingId != null && sites.findByTrackingId(trackingId).isEmpty()) {
			errors.add(new FieldError(prefix + "idsite", "is not a registered site"));
		}
	}

	private Integer engagedMs(Integer trackingId, String pvId, Instant at) {
		if (trackingId == null || pvId == null) {
			return null;
		}
		return pageviews.engagedMs(trackingId + ":" + pvId, at != null ? at : Instant.now());
	}
}
