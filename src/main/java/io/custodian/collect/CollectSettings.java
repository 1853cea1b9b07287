package io.custodian.collect;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of collection ({@code custodian.collect.*}): enrichment, IP handling, body and batch limits (a Matomo bulk
 * request has its own, larger ones: Matomo's log importer sends 200 requests at a time), the write queue and retention
 * of raw events. Trusted proxies and the per-address limits are the security module's.
 */
@ConfigurationProperties("custodian.collect")
public record CollectSettings(Path geoipDatabase, @DefaultValue("truncate") String ipMode,
		@DefaultValue("24") int ipv4Prefix, @DefaultValue("48") int ipv6Prefix,
		@DefaultValue("10000") int userAgentCacheSize,
		@DefaultValue("65536") int maxBodyBytes, @DefaultValue("100") int maxBatchHits,
		@DefaultValue("50000") int queueCapacity, @DefaultValue("2000") int writeBatchSize, @DefaultValue("1") int writers, @DefaultValue("true") boolean postgresCopy,
		@DefaultValue("10s") Duration writeTimeout, @DefaultValue("395d") Duration retention,
		String trackingToken, @DefaultValue("true") boolean directRoute,
		@DefaultValue("1000") int matomoBulkMaxRequests, @DefaultValue("4194304") int matomoBulkMaxBytes) {

	public CollectSettings {
		if (writers < 1) {
			throw new IllegalArgumentException("custodian.collect.writers must be at least 1, was " + writers);
		}
	}

	public boolean dropIp() {
		return "drop".equalsIgnoreCase(ipMode);
	}
}
