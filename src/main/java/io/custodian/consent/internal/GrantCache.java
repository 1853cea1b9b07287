package io.custodian.consent.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.custodian.collect.AnalyticsConsent;
import io.custodian.consent.ConsentRecorded;
import io.custodian.consent.ConsentSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What each consent id grants now, as the collector asks it on every hit: read from the latest record and cached
 * briefly in a bounded cache that evicts one entry at a time; a new decision on this node clears its entry once it is
 * committed, so no hit in between caches the old grant again.
 */
@Component
class GrantCache implements AnalyticsConsent {

	private static final int MAX_ENTRIES = 200_000;

	private final Cache<String, Entry> entries;

	private final JdbcClient jdbc;

	private final ConsentIds ids;

	GrantCache(JdbcClient jdbc, ConsentIds ids, ConsentSettings settings) {
		this.jdbc = jdbc;
		this.ids = ids;
		this.entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(settings.cacheTtl()).build();
	}

	@Override
	public boolean covers(UUID siteId, String consentId, Instant at) {
		if (consentId == null || !ids.isGenuine(consentId)) {
			return false;
		}
		var entry = entries.get(consentId, this::load);
		return entry.site().map(siteId::equals).orElse(false) && entry.analytics();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void forget(ConsentRecorded recorded) {
		entries.invalidate(recorded.consentId());
	}

	private Entry load(String consentId) {
		return jdbc.sql("SELECT site_id, granted FROM consent_records WHERE consent_id = :id ORDER BY seq DESC LIMIT 1")
			.param("id", consentId)
			.query((rs, n) -> new Entry(Optional.of(rs.getObject("site_id", UUID.class)),
					(',' + rs.getString("granted") + ',').contains(",analytics,")))
			.optional()
			.orElse(new Entry(Optional.empty(), false));
	}

	private record Entry(Optional<UUID> site, boolean analytics) {
	}
}
