package io.custodian.collect.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.collect.CollectSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Purges raw events older than the retention period, once a night and once across all nodes. */
@Component
class EventRetention {

	private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

	private final JdbcClient jdbc;

	private final CollectSettings settings;

	private final AuditTrail audit;

	EventRetention(JdbcClient jdbc, CollectSettings settings, AuditTrail audit) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
	}

	@Scheduled(cron = "${custodian.collect.retention-cron:0 17 3 * * *}")
	@SchedulerLock(name = "event-retention", lockAtMostFor = "PT2H")
	@Transactional
	public int purge() {
		var cutoff = Instant.now().minus(settings.retention());
		var removed = jdbc.sql("DELETE FROM events WHERE occurred_at < :cutoff")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).update();
		if (removed > 0) {
			log.info("Purged {} events older than {}", removed, cutoff);
			audit.record(AuditEvent.of("analytics.purged", null).detail(removed + " events before " + cutoff));
		}
		return removed;
	}
}
