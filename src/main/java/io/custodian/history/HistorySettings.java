package io.custodian.history;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of history import ({@code custodian.history.*}): the largest upload and unpacked archive; how many imports
 * may run at once over all sites ({@code max-running}; a site runs one at a time); and the lease of a running import,
 * renewed by its process every third of it, after which an import whose process stopped shows as interrupted.
 */
@ConfigurationProperties("custodian.history")
public record HistorySettings(@DefaultValue("512MB") DataSize maxUpload, @DefaultValue("4GB") DataSize maxUncompressed,
		@DefaultValue("2") int maxRunning, @DefaultValue("30s") Duration lease) {

	public HistorySettings {
		if (maxRunning < 1) {
			throw new IllegalArgumentException("custodian.history.max-running must be at least 1, was " + maxRunning);
		}
		if (lease.toMillis() < 300) {
			throw new IllegalArgumentException("custodian.history.lease must be at least 300 ms, was " + lease);
		}
	}

	/** How often a running import renews its lease. */
	public Duration heartbeat() {
		return lease.dividedBy(3);
	}
}
