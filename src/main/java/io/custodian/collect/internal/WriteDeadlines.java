package io.custodian.collect.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;

/**
 * The write timeout of waiting requests, kept by one sweeper instead of a timer per request: writes are watched in
 * the order they were queued, so that only the oldest ones are looked at; a write still pending after the timeout
 * fails with a {@link TimeoutException} (its request answers 503), whether it is queued or being committed.
 */
final class WriteDeadlines {

	private record Watched(CompletableFuture<Void> done, long queuedAt) {
	}

	private final ConcurrentLinkedQueue<Watched> watched = new ConcurrentLinkedQueue<>();

	private final long timeoutNanos;

	WriteDeadlines(Duration timeout) {
		this.timeoutNanos = timeout.toNanos();
	}

	void watch(CompletableFuture<Void> done, long nowNanos) {
		watched.add(new Watched(done, nowNanos));
	}

	/** Forgets finished writes from the oldest on and fails those past the timeout; returns how many failed. */
	int expire(long nowNanos) {
		int failed = 0;
		Watched oldest;
		while ((oldest = watched.peek()) != null) {
			if (!oldest.done().isDone()) {
				if (nowNanos - oldest.queuedAt() < timeoutNanos) {
					break;
				}
				if (oldest.done().completeExceptionally(new TimeoutException("Not committed within the write timeout"))) {
					failed++;
				}
			}
			watched.poll();
		}
		return failed;
	}
}
