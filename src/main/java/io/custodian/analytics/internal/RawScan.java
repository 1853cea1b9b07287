package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.collect.EventField;
import io.custodian.collect.EventLog;
import io.custodian.collect.EventLog.ScannedEvent;
import org.springframework.stereotype.Component;

/**
 * Streams a site's events of a period from the collect module's {@link EventLog} (a range scan on site and time,
 * narrowed to the sessions that can pass a filter where the log can) and rebuilds its sessions keyed like
 * {@link RollupJob}: session, else visitor, else pageview id; bots left out. Only pageviews, actions and engaged time
 * without a pageview are kept per session.
 */
@Component
class RawScan {

	/** The event field that holds each dimension's value. */
	private static final Map<Dimension, EventField> FIELDS = fields();

	private static final List<Dimension> SESSION = SessionState.DIMENSIONS;

	/** The field of each session dimension, in {@link SessionState#DIMENSIONS} order. */
	private static final EventField[] SESSION_FIELDS = SESSION.stream().map(FIELDS::get).toArray(EventField[]::new);

	private static final int OS_VERSION = SESSION.indexOf(Dimension.OS_VERSION);

	private final EventLog log;

	private final ActionProperties properties;

	RawScan(EventLog log, ActionProperties properties) {
		this.log = log;
		this.properties = properties;
	}

	/** The sessions of a site's events in [from, to), and the engaged time of each pageview id. */
	record Sessions(Collection<RawSession> all, Map<String, Long> pageviewMs) {
	}

	/**
	 * The sessions of a site's events in [from, to) that can pass the filters: all sessions when there are none (or
	 * when the log does not narrow), else those with an event carrying the first filter's value.
	 */
	Sessions read(UUID site, Instant from, Instant to, Filters filters) {
		var sessions = new HashMap<String, RawSession>();
		var pageviewMs = new HashMap<String, Long>();
		var carrier = filters.all().stream().filter(RawScan::canNarrow).findFirst()
			.map(f -> new EventLog.Carrier(FIELDS.get(f.dimension()), f.value()))
			.orElse(null);
		log.scan(site, from, to, carrier, event -> read(event, sessions, pageviewMs));
		return new Sessions(sessions.values(), pageviewMs);
	}

	/** Stored values are compared as they are: not "(none)" (no value) and not values clipped when read. */
	private static boolean canNarrow(Filter filter) {
		return FIELDS.containsKey(filter.dimension()) && filter.dimension() != Dimension.OS_VERSION && !filter.value().equals(Dimension.NONE)
				&& !filter.value().isBlank() && filter.value().length() < 1024;
	}

	private static Map<Dimension, EventField> fields() {
		var fields = new EnumMap<Dimension, EventField>(EventSource.ATTRIBUTE_FIELDS);
		fields.put(Dimension.PAGE, EventField.PATH);
		fields.put(Dimension.EXIT_PAGE, EventField.PATH);
		fields.put(Dimension.TITLE, EventField.TITLE);
		fields.put(Dimension.ACTION, EventField.ACTION_NAME);
		return fields;
	}

	/** Adds one scanned event to its session; texts are read only where they count. */
	private void read(ScannedEvent e, Map<String, RawSession> sessions, Map<String, Long> pageviewMs) {
		long seq = e.seq();
		var at = e.occurredAt();
		var type = e.type();
		var visitor = e.visitorId();
		var pageview = e.pageviewId();
		long ms = e.engagedMs();
		boolean hasMs = e.reportsEngagedMs();
		var path = RollupJob.value(e.text(EventField.PATH));
		var hit = switch (type) {
			case "pageview" -> new RawHit(at, seq, RawHit.Kind.PAGEVIEW, visitor, pageview, path,
					RollupJob.value(e.text(EventField.TITLE)), null, 0, Map.of(), -1);
			case "action" -> new RawHit(at, seq, RawHit.Kind.ACTION, visitor, pageview, path, null,
					RollupJob.value(e.text(EventField.ACTION_NAME)), 0, properties.read(e.props()), -1);
			default -> pageview == null ? new RawHit(at, seq, RawHit.Kind.ENGAGEMENT, visitor, null, path,
					RollupJob.value(e.text(EventField.TITLE)), null, ms, Map.of(), -1) : null;
		};
		if (type.equals("engagement") && pageview != null && hasMs) {
			pageviewMs.merge(pageview, ms, Math::max);
		}
		var session = sessions.computeIfAbsent(key(e.sessionId(), visitor, pageview, seq), k -> new RawSession());
		boolean isPageview = type.equals("pageview");
		if (session.takesEntry(at, seq, isPageview)) {
			var values = new String[SESSION.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = i == 0 ? path
						: i == OS_VERSION ? EventSource.osVersion(e.text(EventField.OS), e.text(EventField.OS_VERSION))
						: RollupJob.value(e.text(SESSION_FIELDS[i]));
			}
			session.entry(at, seq, isPageview, values);
		}
		if (hit != null) {
			session.add(hit);
		}
		if (type.equals("engagement")) {
			session.reportsEngagement();
			if (e.scrollDepth() >= 0) {
				session.add(new RawHit(at, seq, RawHit.Kind.SCROLL, visitor, pageview, path,
						RollupJob.value(e.text(EventField.TITLE)), null, 0, Map.of(), e.scrollDepth()));
			}
		}
	}

	private static String key(String session, String visitor, String pageview, long seq) {
		if (session != null) {
			return "s:" + session;
		}
		if (visitor != null) {
			return "v:" + visitor;
		}
		return pageview != null ? "p:" + pageview : "e:" + seq;
	}
}
