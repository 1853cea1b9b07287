package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;

import io.custodian.analytics.DateRange;
import io.custodian.site.Sites;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps segments ready: archives the settled days of the last {@link #WARM_DAYS} of every segment used in the last
 * week (so a filter used yesterday is fast this morning too), and deletes segments unused for
 * {@code custodian.analytics.segment-retention} (90 days) with their archives. Once across nodes.
 */
@Component
class SegmentJob {

	private static final Logger log = LoggerFactory.getLogger(SegmentJob.class);

	static final int WARM_DAYS = 31;

	private final SegmentCatalog catalog;

	private final Segments segments;

	private final Sites sites;

	private final Duration retention;

	SegmentJob(SegmentCatalog catalog, Segments segments, Sites sites,
			@Value("${custodian.analytics.segment-retention:90d}") Duration retention) {
		this.catalog = catalog;
		this.segments = segments;
		this.sites = sites;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${custodian.analytics.segment-delay:15m}",
			initialDelayString = "${custodian.analytics.segment-initial-delay:2m}")
	@SchedulerLock(name = "analytics-segments", lockAtMostFor = "PT1H")
	public void scheduled() {
		try {
			run(Instant.now());
		}
		catch (RuntimeException e) {
			log.error("Archiving analytics segments failed; it will be retried", e);
		}
	}

	/** Purges unused segments and archives the recent settled days of the others; returns how many were warmed. */
	int run(Instant now) {
		int purged = catalog.purgeUnused(now.minus(retention));
		if (purged > 0) {
			log.info("Deleted {} analytics segments unused for {}", purged, retention);
		}
		int warmed = 0;
		for (var segment : catalog.usedSince(now.minus(Duration.ofDays(7)))) {
			var site = sites.find(segment.site());
			if (site.isEmpty()) {
				continue;
			}
			var last = Segments.lastSettledDay(site.get().timeZone(), now);
			segments.warm(site.get(), new DateRange(last.minusDays(WARM_DAYS - 1), last), segment);
			warmed++;
		}
		return warmed;
	}
}
