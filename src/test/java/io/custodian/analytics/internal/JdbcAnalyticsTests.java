package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcAnalyticsTests {

	@Test
	void rollupHoursStartAtTheLocalHour() {
		var at = Instant.parse("2026-03-10T18:50:10Z");
		assertThat(JdbcAnalytics.hourStart(at, ZoneId.of("UTC"))).isEqualTo("2026-03-10T18:00:00Z");
		assertThat(JdbcAnalytics.hourStart(at, ZoneId.of("Europe/Berlin"))).isEqualTo("2026-03-10T18:00:00Z");
		assertThat(JdbcAnalytics.hourStart(at, ZoneId.of("Asia/Kolkata"))).isEqualTo("2026-03-10T18:30:00Z");
		assertThat(JdbcAnalytics.hourStart(at, ZoneId.of("Asia/Kathmandu"))).isEqualTo("2026-03-10T18:15:00Z");
		assertThat(JdbcAnalytics.hourStart(at, ZoneId.of("America/St_Johns"))).isEqualTo("2026-03-10T18:30:00Z");
		assertThat(JdbcAnalytics.hourStart(Instant.parse("2026-03-10T18:20:00Z"), ZoneId.of("Asia/Kolkata")))
			.as("23:50 in India").isEqualTo("2026-03-10T17:30:00Z");
	}

	@Test
	void daysStartAtLocalMidnight() {
		assertThat(JdbcAnalytics.start(LocalDate.parse("2026-03-11"), ZoneId.of("Asia/Kolkata")))
			.isEqualTo("2026-03-10T18:30:00Z");
	}
}
