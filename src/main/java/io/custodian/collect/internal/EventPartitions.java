package io.custodian.collect.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import io.custodian.system.SqlDialect;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** On PostgreSQL, keeps monthly partitions of the events table ready for this month and the next two. */
@Component
class EventPartitions {

	private static final Logger log = LoggerFactory.getLogger(EventPartitions.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy_MM");

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	EventPartitions(JdbcTemplate jdbc, SqlDialect dialect) {
		this.jdbc = jdbc;
		this.postgres = dialect == SqlDialect.POSTGRESQL;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		ensure();
	}

	@Scheduled(cron = "0 7 2 * * *")
	@SchedulerLock(name = "event-partitions")
	public void ensure() {
		if (!postgres) {
			return;
		}
		var month = YearMonth.now();
		for (int i = 0; i < 3; i++) {
			create(month.plusMonths(i));
		}
	}

	private void create(YearMonth month) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.plusMonths(1).atDay(1);
		var sql = "CREATE TABLE IF NOT EXISTS events_" + month.format(NAME) + " PARTITION OF events FOR VALUES FROM ('"
				+ from + "') TO ('" + to + "')";
		try {
			jdbc.execute(sql);
		}
		catch (RuntimeException e) {
			log.warn("Could not create the events partition for {}: {}", month, e.getMessage());
		}
	}
}
