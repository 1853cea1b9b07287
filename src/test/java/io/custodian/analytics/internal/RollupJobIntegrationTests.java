package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.site.Sites;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every committed event counts once: late commits below the watermark, and runs that stop halfway. */
@CustodianTest
class RollupJobIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollupJob rollups;

	@Autowired
	EventSource events;

	@Autowired
	WatermarkStore watermarks;

	@Autowired
	WorkingStateStore states;

	@Autowired
	RollupWriter writer;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Sites sites;

	@Autowired
	SegmentArchive segments;

	@Autowired
	MeterRegistry meters;

	final UUID site = UUID.randomUUID();

	@Test
	void anEventCommittedLateWithASeqFarBelowTheWatermarkIsCountedOnce() {
		var start = later(Instant.now(), watermarks.load().ingestedAt());
		long cached = jdbc.sql("SELECT nextval('event_seq')").query(Long.class).single();
		long newest = cached + 100_000;
		jdbc.sql("ALTER SEQUENCE event_seq RESTART WITH " + (newest + 1)).update();
		pageview(newest, "v1", "s1", "/", start.plusMillis(1));
		rollups.catchUpUntil(start.plusMillis(2));
		assertThat(watermarks.load().seq()).isEqualTo(newest);

		pageview(cached, "v2", "s2", "/late", start.plusMillis(3));
		rollups.catchUpUntil(start.plusMillis(4));
		rollups.catchUpUntil(start.plusMillis(5));

		assertThat(totals()).isEqualTo(new Totals(2, 2, 2, 2));
	}

	@Test
	void reportsHowManyEventsItCountedAndHowFarBehindItIs() {
		var counted = meters.get("custodian.analytics.rollup.events").counter();
		double before = counted.count();
		var start = later(Instant.now(), watermarks.load().ingestedAt());
		pageview(null, "v9", "s9", "/metrics", start.plusMillis(1));
		pageview(null, "v9", "s9", "/metrics-2", start.plusMillis(2));
		rollups.catchUpUntil(start.plusMillis(3));

		assertThat(counted.count() - before).isGreaterThanOrEqualTo(2);
		double lag = meters.get("custodian.analytics.rollup.lag").gauge().value();
		assertThat(lag).isBetween(0.0, 60.0);
	}

	@Test
	void recordsMoreSightingsOfADayThanOneDatabaseArrayHolds() {
		var day = java.time.LocalDate.of(2026, 1, 5);
		var key = new RollupKey(site, io.custodian.analytics.Dimension.TOTAL, Instant.parse("2026-01-05T10:00:00Z"), "");
		var sightings = new java.util.LinkedHashMap<Sighting, RollupKey>();
		for (long h = 0; h < 70_000; h++) {
			sightings.put(new Sighting(site, day, h), key);
		}
		var transactions = new TransactionTemplate(transactionManager);
		java.util.List<RollupKey> first = transactions.execute(status -> writer.recordSightings(sightings));
		java.util.List<RollupKey> again = transactions.execute(status -> writer.recordSightings(sightings));
		assertThat(first).hasSize(70_000);
		assertThat(again).isEmpty();
	}

	/** Cutoffs never move back, and other tests of the shared context may have moved them ahead of the clock. */
	static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	@Test
	void aRunThatDiesMidwayResumesWhereItStoppedAndCountsEveryEventOnce() {
		for (int i = 0; i < 7; i++) {
			pageview(null, "v" + i, "s" + i, "/page-" + i);
		}
		pageview(null, "v0", "s0", "/second");
		var before = watermarks.load();
		var dying = new RollupJob(events, watermarks, states, writer, new DyingTransactions(transactionManager, 1),
				sites, 2, new RollupMetrics(new SimpleMeterRegistry()), segments);

		assertThatThrownBy(() -> dying.catchUpUntil(Instant.now())).isInstanceOf(Died.class);
		assertThat(watermarks.load()).as("the first chunk's transaction committed").isNotEqualTo(before);
		assertThat(totals().pageviews()).isLessThan(8);

		rollups.catchUpUntil(Instant.now());
		assertThat(totals()).isEqualTo(new Totals(8, 7, 7, 6));
		assertThat(rollups.catchUpUntil(Instant.now())).as("nothing left").isZero();
	}

	Totals totals() {
		return jdbc.sql("""
				SELECT COALESCE(SUM(pageviews), 0), COALESCE(SUM(visits), 0), COALESCE(SUM(visitors), 0),
				       COALESCE(SUM(bounces), 0)
				FROM analytics_rollup WHERE site_id = :site AND dimension = 'total'""")
			.param("site", site)
			.query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	void pageview(Long seq, String visitor, String session, String path) {
		pageview(seq, visitor, session, path, Instant.now());
	}

	void pageview(Long seq, String visitor, String session, String path, Instant ingested) {
		var now = OffsetDateTime.ofInstant(ingested, ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO events (seq, site_id, occurred_at, ingested_at, type, visitor_id, session_id, cookieless,
				  url, path, bot)
				VALUES (COALESCE(:seq, nextval('event_seq')), :site, :at, :at, 'pageview', :visitor, :session, FALSE,
				  :url, :path, FALSE)""")
			.param("seq", seq, java.sql.Types.BIGINT)
			.param("site", site)
			.param("at", now)
			.param("visitor", visitor)
			.param("session", session)
			.param("url", "https://rollup.example" + path)
			.param("path", path)
			.update();
	}

	record Totals(long pageviews, long visits, long visitors, long bounces) {
	}

	/** Commits {@code commits} transactions, then dies inside the next one (which therefore rolls back). */
	static final class DyingTransactions extends TransactionTemplate {

		private int commits;

		DyingTransactions(PlatformTransactionManager manager, int commits) {
			super(manager);
			this.commits = commits;
		}

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			return super.execute(status -> {
				var result = action.doInTransaction(status);
				if (commits-- <= 0) {
					throw new Died();
				}
				return result;
			});
		}
	}

	static final class Died extends RuntimeException {
	}
}
