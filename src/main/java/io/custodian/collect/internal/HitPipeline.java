package io.custodian.collect.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.custodian.collect.AnalyticsConsent;
import io.custodian.collect.internal.enrich.Urls;
import io.custodian.site.CookieMode;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Service;

/**
 * Every wire format ends here: resolve and check the site, validate every hit (all or nothing), apply the site's
 * rules (own visits, restriction, cookie mode), enrich, and store durably before answering.
 */
@Service
public class HitPipeline {

	/** Counter of the optional fields dropped or normalised, tagged by format, field and action. */
	public static final String DROPPED_FIELDS = "custodian.collect.fields.dropped";

	private final Sites sites;

	private final HitEnrichment enrichment;

	private final EventWriter writer;

	private final VisitorRegistry visitors;

	private final AnalyticsConsent consent;

	private final MeterRegistry meters;

	HitPipeline(Sites sites, HitEnrichment enrichment, EventWriter writer, VisitorRegistry visitors,
			AnalyticsConsent consent, MeterRegistry meters) {
		this.consent = consent;
		this.meters = meters;
		this.sites = sites;
		this.enrichment = enrichment;
		this.writer = writer;
		this.visitors = visitors;
	}

	/** {@link #collect(List, ClientContext, FieldNotes)}, odd fields counted under the client's wire format. */
	public Outcome collect(List<IncomingHit> hits, ClientContext client) {
		return collect(hits, client, new FieldNotes(client.wire()));
	}

	/**
	 * Tidies the optional fields of every hit, then stores the hits or refuses them all; returns how many were stored
	 * and how many were left out by rule. The odd fields noted (by the reader and here) are counted either way.
	 */
	public Outcome collect(List<IncomingHit> hits, ClientContext client, FieldNotes notes) {
		try {
			return store(hits.stream().map(hit -> OptionalFields.tidy(hit, notes)).toList(), client);
		}
		finally {
			for (var note : notes.drain()) {
				Counter.builder(DROPPED_FIELDS).description("Odd optional fields of hits, dropped or normalised")
					.tag("format", notes.format().id()).tag("field", note.field()).tag("action", note.action())
					.register(meters).increment();
			}
		}
	}

	private Outcome store(List<IncomingHit> hits, ClientContext client) {
		var errors = new ArrayList<FieldError>();
		var resolved = new ArrayList<Site>(hits.size());
		for (int i = 0; i < hits.size(); i++) {
			var prefix = hits.size() == 1 ? "" : "hits[" + i + "].";
			var hit = hits.get(i);
			var site = resolve(hit.site(), prefix, errors);
			HitValidator.check(hit, prefix, errors);
			site.ifPresent(s -> checkOwnership(s, hit, client, prefix, errors));
			resolved.add(site.orElse(null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var rows = new ArrayList<EventRow>(hits.size());
		int excluded = 0;
		for (int i = 0; i < hits.size(); i++) {
			var row = toRow(hits.get(i), resolved.get(i), client);
			if (row == null) {
				excluded++;
			}
			else {
				rows.add(row);
			}
		}
		await(rows);
		int bots = 0;
		for (var row : rows) {
			bots += row.bot() ? 1 : 0;
		}
		return new Outcome(rows.size(), excluded, bots);
	}

	private EventRow toRow(IncomingHit received, Site site, ClientContext client) {
		var hit = received.visitorId() != null && !consent.covers(site.id(), received.consentId(), Instant.now())
				? received.withoutIdentity() : received;
		var address = hit.ip() != null ? hit.ip() : client.address() == null ? null : client.address().getHostAddress();
		if (address != null && isExcluded(site, address)) {
			return null;
		}
		var visitor = hit.visitorId();
		if (visitor != null && visitors.isRestricted(visitor)) {
			return null;
		}
		if (visitor == null && site.cookieMode() == CookieMode.NONE) {
			return null;
		}
		return enrichment.enrich(hit, site, client, address);
	}

	private void await(List<EventRow> rows) {
		try {
			writer.write(rows).get();
		}
		catch (EventWriter.QueueFull e) {
			throw new Busy(Duration.ofSeconds(1));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Busy(Duration.ofSeconds(1));
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof EventWriter.Refused) {
				throw new InvalidInput(rows.size() == 1 ? "hit" : "hits", "was refused by the event store");
			}
			throw new Busy(Duration.ofSeconds(5));
		}
	}

	private Optional<Site> resolve(IncomingHit.SiteRef ref, String prefix, List<FieldError> errors) {
		Optional<Site> site = Optional.empty();
		if (ref == null) {
			errors.add(new FieldError(prefix + "site", "is required"));
			return site;
		}
		if (ref.id() != null) {
			site = parseUuid(ref.id()).flatMap(sites::find);
		}
		else if (ref.trackingId() != null) {
			site = sites.findByTrackingId(ref.trackingId());
		}
		else if (ref.domain() != null) {
			site = sites.findByDomain(ref.domain());
		}
		if (site.isEmpty()) {
			errors.add(new FieldError(prefix + "site", "is not a registered site"));
		}
		return site;
	}

	private static void checkOwnership(Site site, IncomingHit hit, ClientContext client, String prefix,
			List<FieldError> errors) {
		if (hit.url() != null && hit.url().length() <= HitValidator.MAX_URL && !site.ownsHost(Urls.host(hit.url()))) {
			errors.add(new FieldError(prefix + "url", "is not on a domain of this site"));
		}
		var origin = client.origin();
		if (origin != null && !origin.equals("null") && !origin.isEmpty() && !site.ownsHost(Urls.host(origin))) {
			errors.add(new FieldError("Origin", "the page's origin is not a domain of this site"));
		}
	}

	private static boolean isExcluded(Site site, String address) {
		for (var cidr : site.excludedIps()) {
			try {
				if (new IpAddressMatcher(cidr).matches(address)) {
					return true;
				}
			}
			catch (IllegalArgumentException ignored) {
				// validated when the site was saved
			}
		}
		return false;
	}

	private static Optional<UUID> parseUuid(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * How many hits were stored and how many were left out by the site's rules; {@code bots} counts the stored hits
	 * flagged as bots (a subset of {@code stored}).
	 */
	public record Outcome(int stored, int excluded, int bots) {

		public Outcome(int stored, int excluded) {
			this(stored, excluded, 0);
		}
	}

	/** The store cannot take more now: answer 503 with Retry-After. */
	public static class Busy extends org.springframework.web.ErrorResponseException {

		public Busy(Duration retryAfter) {
			super(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
					"Too many hits are waiting to be stored; retry later").getBody(), null);
			getHeaders().set("Retry-After", Long.toString(retryAfter.toSeconds()));
		}
	}
}
