package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.custodian.analytics.Dimension;

/**
 * Folds one chunk of events, in time order, into the sessions and pageviews they continue and into rollup deltas;
 * a session's visit and bounce are taken back under its old values and counted again under its new ones.
 */
final class ChunkAggregation {

	private final Function<UUID, ZoneId> zones;

	private final Map<StateKey, SessionState> sessions = new HashMap<>();

	private final Map<StateKey, SessionState> originals = new HashMap<>();

	private final Map<StateKey, PageviewState> pageviews;

	private final Map<RollupKey, Counters> deltas = new HashMap<>();

	private final Map<Candidate, RollupKey> candidates = new LinkedHashMap<>();

	ChunkAggregation(WorkingState stored, Function<UUID, ZoneId> zones) {
		this.zones = zones;
		this.pageviews = new HashMap<>(stored.pageviews());
		stored.sessions().forEach((key, session) -> {
			sessions.put(key, session);
			originals.put(key, session.copy());
		});
	}

	ChunkAggregation apply(List<RollupEvent> events) {
		var sorted = new ArrayList<>(events);
		sorted.sort(Comparator.comparing(RollupEvent::at).thenComparingLong(RollupEvent::seq));
		sorted.forEach(this::apply);
		sessions.forEach((key, session) -> {
			contribute(originals.get(key), -1);
			contribute(session, 1);
		});
		return this;
	}

	Collection<SessionState> sessions() {
		return sessions.values();
	}

	Map<StateKey, PageviewState> pageviews() {
		return pageviews;
	}

	/** Each visitor sighting of the chunk, first one first, with the rollup row it counts in if it is new. */
	Map<Sighting, RollupKey> sightings() {
		var sightings = new LinkedHashMap<Sighting, RollupKey>();
		candidates.forEach((c, key) -> sightings.putIfAbsent(
				new Sighting(c.site(), c.day(), Hashes.of(c.dimension().id(), c.value(), c.visitor())), key));
		return sightings;
	}

	/** The non-zero deltas, once the visitors first seen in this chunk are added. */
	Map<RollupKey, Counters> deltas(Collection<RollupKey> firstSightings) {
		firstSightings.forEach(key -> delta(key).visitors++);
		deltas.values().removeIf(Counters::isZero);
		return deltas;
	}

	private void apply(RollupEvent e) {
		var hour = JdbcAnalytics.hourStart(e.at(), zones.apply(e.site()));
		var session = sessions.computeIfAbsent(e.sessionKey(), k -> new SessionState(k, e.at(), e.at(), e.attributes()));
		if (e.at().isAfter(session.lastSeen)) {
			session.lastSeen = e.at();
		}
		if (e.type().equals("pageview") || e.type().equals("action")) {
			endPendingPageview(e, session);
		}
		switch (e.type()) {
			case "pageview" -> {
				if (session.pending == null || !e.at().isBefore(session.pending.at())) {
					session.pending = new SessionState.PendingPageview(e.at(), hour, e.path(), e.title(),
							e.pageviewKey() == null ? null : e.pageviewKey().hash(), false);
				}
				if (session.pageviews == 0 || e.at().isBefore(session.startedAt)) {
					session.startedAt = e.at();
					session.attributes = e.attributes();
				}
				if (session.exitAt == null || !e.at().isBefore(session.exitAt)) {
					session.exitAt = e.at();
					session.exitPage = e.path();
				}
				session.pageviews++;
				if (e.pageviewKey() != null) {
					pageviews.computeIfAbsent(e.pageviewKey(), k -> new PageviewState(hour, e.path(), e.title(), 0, e.at()));
				}
				var keys = keys(e.site(), hour, session, Dimension.PAGE, e.path(), Dimension.TITLE, e.title());
				keys.forEach(key -> delta(key).pageviews++);
				sighting(e, keys);
			}
			case "engagement" -> engagement(e, hour, session);
			case "action" -> {
				session.actions++;
				var keys = keys(e.site(), hour, session, Dimension.ACTION, e.action(), null, null);
				keys.forEach(key -> delta(key).actions++);
				sighting(e, keys);
			}
			default -> {
				// unknown types are ignored
			}
		}
	}

	/** The pending pageview's time is the gap to this event unless engaged time was reported for it ({@link PageTime}). */
	private void endPendingPageview(RollupEvent e, SessionState session) {
		var pending = session.pending;
		if (pending == null || e.at().isBefore(pending.at())) {
			return;
		}
		session.pending = null;
		if (!PageTime.derives(pending.pageview() != null, pending.reported(), session.reportsEngagement)) {
			return;
		}
		long gap = PageTime.gapMs(pending.at(), e.at());
		if (gap > 0) {
			session.engagedMs += gap;
			for (var key : keys(e.site(), pending.bucket(), session, Dimension.PAGE, pending.path(), Dimension.TITLE,
					pending.title())) {
				delta(key).engagedMs += gap;
			}
		}
	}

	/** Engagement is cumulative per pageview: only the growth counts, in the pageview's hour and under its page. */
	private void engagement(RollupEvent e, Instant hour, SessionState session) {
		session.reportsEngagement = true;
		var pending = session.pending;
		if (pending != null && e.engagedMs() != null && e.pageviewKey() != null
				&& Long.valueOf(e.pageviewKey().hash()).equals(pending.pageview())) {
			session.pending = pending.asReported();
		}
		long ms = e.engagedMs() == null ? 0 : e.engagedMs();
		var bucket = hour;
		var path = e.path();
		var title = e.title();
		long added = ms;
		if (e.pageviewKey() != null) {
			var pageview = pageviews.computeIfAbsent(e.pageviewKey(),
					k -> new PageviewState(hour, e.path(), e.title(), 0, e.at()));
			added = Math.max(0, ms - pageview.engagedMs);
			pageview.engagedMs = Math.max(pageview.engagedMs, ms);
			pageview.lastSeen = e.at().isAfter(pageview.lastSeen) ? e.at() : pageview.lastSeen;
			bucket = pageview.bucket;
			path = pageview.path;
			title = pageview.title;
		}
		if (added > 0) {
			session.engagedMs += added;
			for (var key : keys(e.site(), bucket, session, Dimension.PAGE, path, Dimension.TITLE, title)) {
				delta(key).engagedMs += added;
			}
		}
	}

	/** The rollup rows an event counts in: total, the session's dimensions, and up to two event dimensions. */
	private static List<RollupKey> keys(UUID site, Instant bucket, SessionState session, Dimension d1, String v1,
			Dimension d2, String v2) {
		var keys = new ArrayList<RollupKey>(SessionState.DIMENSIONS.size() + 3);
		keys.add(new RollupKey(site, Dimension.TOTAL, bucket, ""));
		for (var d : SessionState.DIMENSIONS) {
			keys.add(new RollupKey(site, d, bucket, session.attributes.get(d)));
		}
		keys.add(new RollupKey(site, d1, bucket, RollupJob.value(v1)));
		if (d2 != null) {
			keys.add(new RollupKey(site, d2, bucket, RollupJob.value(v2)));
		}
		return keys;
	}

	private void sighting(RollupEvent e, List<RollupKey> keys) {
		if (e.visitor() == null) {
			return;
		}
		var day = LocalDate.ofInstant(e.at(), zones.apply(e.site()));
		for (var key : keys) {
			candidates.putIfAbsent(new Candidate(e.site(), day, key.dimension(), key.value(), e.visitor()), key);
		}
	}

	/** A session counts one visit (and maybe one bounce) at its start hour under its entry values and exit page. */
	private void contribute(SessionState s, int sign) {
		if (s == null || s.pageviews == 0) {
			return;
		}
		var site = s.key.site();
		var bucket = JdbcAnalytics.hourStart(s.startedAt, zones.apply(site));
		int bounce = s.bounced() ? 1 : 0;
		var keys = new ArrayList<RollupKey>(SessionState.DIMENSIONS.size() + 2);
		keys.add(new RollupKey(site, Dimension.TOTAL, bucket, ""));
		for (var d : SessionState.DIMENSIONS) {
			keys.add(new RollupKey(site, d, bucket, s.attributes.get(d)));
		}
		keys.add(new RollupKey(site, Dimension.EXIT_PAGE, bucket, RollupJob.value(s.exitPage)));
		for (var key : keys) {
			var c = delta(key);
			c.visits += sign;
			c.bounces += (long) sign * bounce;
		}
	}

	private Counters delta(RollupKey key) {
		return deltas.computeIfAbsent(key, k -> new Counters());
	}

	private record Candidate(UUID site, LocalDate day, Dimension dimension, String value, String visitor) {
	}
}
