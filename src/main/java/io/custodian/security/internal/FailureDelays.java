package io.custodian.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Failed logins per key with a delay that starts after the free attempts and doubles with each further failure up to
 * a cap. Counts below the threshold and running delays sit in separate bounded caches, so a flood of single failures
 * under new keys evicts only other counts, never a delay.
 */
final class FailureDelays<K> {

	private final Cache<K, Integer> counts;

	private final Cache<K, Delay> delays;

	private final int freeAttempts;

	private final Duration firstDelay;

	private final Duration cap;

	FailureDelays(int freeAttempts, Duration firstDelay, Duration cap, int tracked, Duration remembered, Ticker ticker) {
		this.freeAttempts = freeAttempts;
		this.firstDelay = firstDelay;
		this.cap = cap;
		this.counts = Caffeine.newBuilder().maximumSize(tracked).expireAfterWrite(remembered).ticker(ticker)
			.executor(Runnable::run).build();
		this.delays = Caffeine.newBuilder().maximumSize(tracked).expireAfterWrite(remembered).ticker(ticker)
			.executor(Runnable::run).build();
	}

	/** Counts a failure; returns the delay now running for the key (zero while within the free attempts). */
	Duration failed(K key, Instant now) {
		var delay = delays.asMap().computeIfPresent(key, (k, d) -> delay(d.count() + 1, now));
		if (delay == null) {
			int count = counts.asMap().merge(key, 1, Integer::sum);
			if (count < freeAttempts) {
				return Duration.ZERO;
			}
			counts.invalidate(key);
			delay = delays.asMap().merge(key, delay(count, now), (old, fresh) -> delay(old.count() + 1, now));
		}
		return remaining(delay, now);
	}

	Duration remaining(K key, Instant now) {
		return remaining(delays.getIfPresent(key), now);
	}

	void clear(K key) {
		counts.invalidate(key);
		delays.invalidate(key);
	}

	void clearIf(Predicate<K> keys) {
		counts.asMap().keySet().removeIf(keys);
		delays.asMap().keySet().removeIf(keys);
	}

	private Delay delay(int count, Instant now) {
		var length = firstDelay.multipliedBy(1L << Math.min(count - freeAttempts, 30));
		return new Delay(count, now.plus(length.compareTo(cap) > 0 ? cap : length));
	}

	private static Duration remaining(Delay delay, Instant now) {
		return delay == null || !delay.until().isAfter(now) ? Duration.ZERO : Duration.between(now, delay.until());
	}

	private record Delay(int count, Instant until) {
	}
}
