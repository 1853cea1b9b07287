package io.custodian.collect.web.matomo;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * When recent Matomo pageviews started, by site and {@code pv_id}, so that a heartbeat ({@code ping=1}) can carry the
 * time spent on that page as a cumulative {@code engagedMs}. In memory, bounded (evicting one entry at a time) and
 * kept for {@code keep}: after a restart, or for a page seen by another instance, the ping is stored without a duration.
 */
final class RecentPageviews {

	private static final long MAX_ENGAGED_MS = 86_400_000L;

	private final ConcurrentMap<String, Instant> started;

	private final Duration keep;

	RecentPageviews(int capacity, Duration keep) {
		this.keep = keep;
		this.started = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(keep).<String, Instant>build().asMap();
	}

	void started(String key, Instant at) {
		started.putIfAbsent(key, at);
	}

	/** Milliseconds from the pageview's start to {@code now}, or null when that start is unknown or too old. */
	Integer engagedMs(String key, Instant now) {
		var start = started.get(key);
		if (start == null || start.isBefore(now.minus(keep))) {
			return null;
		}
		long ms = Duration.between(start, now).toMillis();
		return (int) Math.max(0, Math.min(ms, MAX_ENGAGED_MS));
	}
}
