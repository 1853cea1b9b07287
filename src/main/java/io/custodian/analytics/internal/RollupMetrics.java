package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** What the rollup job reports: events it added to the rollups, and how far behind the collected events they are. */
@Component
class RollupMetrics {

	private final Counter counted;

	/** Every event ingested before this is in the rollups (as of this node's last finished run). */
	private volatile Instant countedUntil = Instant.now();

	RollupMetrics(MeterRegistry meters) {
		this.counted = Counter.builder("custodian.analytics.rollup.events")
			.description("Events added to the rollups by this node").register(meters);
		Gauge.builder("custodian.analytics.rollup.lag", this, RollupMetrics::lagSeconds)
			.description("Seconds since the newest moment up to which every event is in the rollups")
			.baseUnit("seconds").register(meters);
	}

	void counted(int events) {
		counted.increment(events);
	}

	/** Every event ingested before {@code cutoff} is counted. */
	void finished(Instant cutoff) {
		countedUntil = cutoff;
	}

	private double lagSeconds() {
		return Math.max(0, Duration.between(countedUntil, Instant.now()).toMillis() / 1000.0);
	}
}
