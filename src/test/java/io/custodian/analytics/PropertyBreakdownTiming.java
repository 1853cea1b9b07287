package io.custodian.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.custodian.CustodianTest;
import io.custodian.analytics.internal.RollupJob;
import io.custodian.system.SqlDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times one property breakdown over a year of 1M events (one in ten an action with properties), computed from raw
 * events. Not a test run by the build: {@code mvn -o test -Dtest=PropertyBreakdownTiming}
 * ({@code -Dtiming.events=} to change the size).
 */
@CustodianTest
class PropertyBreakdownTiming {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	RollupJob rollups;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlDialect dialect;

	@Autowired
	Analytics analytics;

	@Test
	void breaksDownAPropertyOfAYear() {
		int events = Integer.getInteger("timing.events", 1_000_000);
		var site = new AnalyticsHits(mvc, json, rollups).site;
		var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		long seconds = 365L * 86_400 / events;
		var rows = dialect == SqlDialect.POSTGRESQL ? "generate_series(1, :n) AS r(x)" : "SYSTEM_RANGE(1, :n) AS r(x)";
		long started = System.nanoTime();
		jdbc.sql("""
				INSERT INTO events (site_id, occurred_at, ingested_at, type, visitor_id, session_id, pageview_id,
				  cookieless, url, path, action_name, props, bot)
				SELECT :site, :now - (x * :step) * INTERVAL '1' SECOND, :now,
				  CASE WHEN MOD(x, 10) = 0 THEN 'action' ELSE 'pageview' END,
				  'v' || CAST(MOD(x, 100000) AS VARCHAR(10)), 's' || CAST(MOD(x, 200000) AS VARCHAR(10)), NULL, FALSE,
				  'https://timing.example/p', '/p' || CAST(MOD(x, 50) AS VARCHAR(10)),
				  CASE WHEN MOD(x, 10) = 0 THEN 'Signup' END,
				  CASE WHEN MOD(x, 10) = 0 THEN '{"plan":"p' || CAST(MOD(x, 7) AS VARCHAR(10)) || '","seats":'
				    || CAST(MOD(x, 5) AS VARCHAR(10)) || '}' END,
				  FALSE
				FROM """ + rows)
			.param("site", site).param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.param("step", seconds).param("n", events).update();
		long loaded = System.nanoTime();
		var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		var range = new DateRange(today.minusDays(365), today);
		var plans = analytics.propertyBreakdown(site, range, "plan", Filters.none(), 10);
		long first = System.nanoTime();
		var names = analytics.properties(site, range, Filters.none(), 10);
		long second = System.nanoTime();
		System.out.printf("PropertyBreakdownTiming on %s: %,d events loaded in %,d ms; breakdown/prop:plan over a year in "
				+ "%,d ms; properties in %,d ms%n", dialect, events, (loaded - started) / 1_000_000,
				(first - loaded) / 1_000_000, (second - first) / 1_000_000);
		assertThat(plans).hasSize(7);
		assertThat(names).hasSize(2);
	}
}
