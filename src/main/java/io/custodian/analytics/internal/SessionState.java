package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Dimension;

/** What the rollups remember of a session: entry values, exit page and the counts that decide a bounce. */
final class SessionState {

	static final List<Dimension> DIMENSIONS = Dimension.breakdowns().stream().filter(Dimension::isSession).toList();

	final StateKey key;

	Instant startedAt;

	Instant exitAt;

	Instant lastSeen;

	int pageviews;

	int actions;

	long engagedMs;

	String exitPage;

	Map<Dimension, String> attributes;

	/** The last pageview whose time may still come from the gap to the next pageview or action; null when none. */
	PendingPageview pending;

	/** Whether one of the session's events was an engagement event. */
	boolean reportsEngagement;

	SessionState(StateKey key, Instant startedAt, Instant lastSeen, Map<Dimension, String> attributes) {
		this.key = key;
		this.startedAt = startedAt;
		this.lastSeen = lastSeen;
		this.attributes = attributes;
	}

	SessionState copy() {
		var s = new SessionState(key, startedAt, lastSeen, attributes);
		s.exitAt = exitAt;
		s.pageviews = pageviews;
		s.actions = actions;
		s.engagedMs = engagedMs;
		s.exitPage = exitPage;
		s.pending = pending;
		s.reportsEngagement = reportsEngagement;
		return s;
	}

	/** A pageview waiting for the session's next pageview or action; {@code pageview} is its id's hash, or null. */
	record PendingPageview(Instant at, Instant bucket, String path, String title, Long pageview, boolean reported) {

		PendingPageview asReported() {
			return new PendingPageview(at, bucket, path, title, pageview, true);
		}
	}

	boolean bounced() {
		return pageviews == 1 && actions == 0 && engagedMs < RollupJob.BOUNCE_ENGAGED_MS;
	}

	String encodedAttributes() {
		var sb = new StringBuilder();
		for (var d : DIMENSIONS) {
			if (!sb.isEmpty()) {
				sb.append('\u001f');
			}
			sb.append(attributes.getOrDefault(d, Dimension.NONE).replace('\u001f', ' '));
		}
		var text = sb.toString();
		return text.length() > 4000 ? text.substring(0, 4000) : text;
	}

	static Map<Dimension, String> decode(String text) {
		var parts = text.split("\u001f", -1);
		var map = new EnumMap<Dimension, String>(Dimension.class);
		for (int i = 0; i < DIMENSIONS.size(); i++) {
			map.put(DIMENSIONS.get(i), i < parts.length && !parts[i].isEmpty() ? parts[i] : Dimension.NONE);
		}
		return map;
	}
}
