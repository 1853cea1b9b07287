package io.custodian.analytics.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Filters;
import io.custodian.site.NewSite;
import io.custodian.site.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Day rollups are the hours summed per site-local day, follow the site when its time zone changes, and are exact in
 * half-hour zones (rollup hours start at the local hour).
 */
@CustodianTest
class DailyRollupsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollupJob rollups;

	@Autowired
	Sites sites;

	@Autowired
	Analytics analytics;

	@Test
	void daysAreTheHoursSummedPerLocalDayAndFollowATimeZoneChange() {
		var domain = "days-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var site = sites.register(new NewSite("Days", List.of(domain), "UTC", null, null)).id();
		pageview(site, OffsetDateTime.parse("2026-03-10T23:30:00Z"), "v1", "/late");
		pageview(site, OffsetDateTime.parse("2026-03-11T00:30:00Z"), "v2", "/early");
		pageview(site, OffsetDateTime.parse("2026-03-11T16:00:00Z"), "v3", "/late");
		rollups.catchUpUntil(java.time.Instant.now());

		assertThat(pageviewsPerDay(site)).containsExactly("2026-03-10=1", "2026-03-11=2");
		assertThat(pageviewsOf(site, "page", "/late")).isEqualTo(2);

		sites.update(site, new NewSite("Days", List.of(domain), "Asia/Tokyo", null, null));
		rollups.catchUpUntil(java.time.Instant.now());

		assertThat(pageviewsPerDay(site)).containsExactly("2026-03-11=2", "2026-03-12=1");
		assertThat(pageviewsOf(site, "page", "/late")).isEqualTo(2);
	}

	@Test
	void halfHourZonesCountEachEventInItsLocalDayAndHour() {
		var domain = "india-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var site = sites.register(new NewSite("India", List.of(domain), "Asia/Kolkata", null, null)).id();
		pageview(site, OffsetDateTime.parse("2026-03-10T18:15:00Z"), "v1", "/before-midnight");
		pageview(site, OffsetDateTime.parse("2026-03-10T18:45:00Z"), "v2", "/after-midnight");
		pageview(site, OffsetDateTime.parse("2026-03-11T05:00:00Z"), "v3", "/morning");
		rollups.catchUpUntil(java.time.Instant.now());

		assertThat(pageviewsPerDay(site)).containsExactly("2026-03-10=1", "2026-03-11=2");
		var day = LocalDate.parse("2026-03-11");
		assertThat(analytics.summary(site, new DateRange(day, day), Filters.none(), false).current().pageviews())
			.isEqualTo(2);
		var hours = analytics.timeseries(site, new DateRange(day.minusDays(1), day), Filters.none(), Interval.HOUR)
			.stream().filter(p -> p.pageviews() > 0).map(p -> p.start() + "=" + p.pageviews()).toList();
		assertThat(hours).containsExactly("2026-03-10T23:00=1", "2026-03-11T00:00=1", "2026-03-11T10:00=1");
	}

	List<String> pageviewsPerDay(UUID site) {
		return jdbc.sql("""
				SELECT local_day, pageviews FROM analytics_rollup_daily
				WHERE site_id = :site AND dimension = 'total' AND pageviews <> 0 ORDER BY local_day""")
			.param("site", site)
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + "=" + rs.getLong(2)).list();
	}

	long pageviewsOf(UUID site, String dimension, String value) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(pageviews), 0) FROM analytics_rollup_daily
				WHERE site_id = :site AND dimension = :dimension AND dim_value = :value""")
			.param("site", site).param("dimension", dimension).param("value", value)
			.query(Long.class).single();
	}

	void pageview(UUID site, OffsetDateTime at, String visitor, String path) {
		jdbc.sql("""
				INSERT INTO events (site_id, occurred_at, ingested_at, type, visitor_id, session_id, cookieless, url,
				  path, bot)
				VALUES (:site, :at, :now, 'pageview', :visitor, :visitor, FALSE, :url, :path, FALSE)""")
			.param("site", site).param("at", at).param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("visitor", visitor).param("url", "https://days.example" + path).param("path", path)
			.update();
	}
}
