package io.custodian.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Forgets sessions 30 days after they ended or expired, and pending sign-ins after a day; once an hour, on one node. */
@Component
class AccountCleanup {

	static final Duration SESSIONS_KEPT = Duration.ofDays(30);

	static final Duration LINKS_KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	AccountCleanup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "0 7 * * * *")
	@SchedulerLock(name = "account-cleanup")
	@Transactional
	public void run() {
		var sessionsBefore = OffsetDateTime.ofInstant(Instant.now().minus(SESSIONS_KEPT), ZoneOffset.UTC);
		jdbc.sql("DELETE FROM customer_sessions WHERE expires_at < :before OR ended_at < :before")
			.param("before", sessionsBefore).update();
		jdbc.sql("DELETE FROM sign_in_links WHERE created_at < :before")
			.param("before", OffsetDateTime.ofInstant(Instant.now().minus(LINKS_KEPT), ZoneOffset.UTC)).update();
	}
}
