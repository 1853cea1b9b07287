package io.custodian.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rollups built by the application's own incremental job: the app runs on the loaded database and this waits until
 * the job's watermark (ingestion order) has passed the last loaded event, reporting how fast it caught up.
 */
public final class WaitForRollupJob implements RollupPreparer {

	@Override
	public String prepare(BenchDatabases db, UUID site, LocalDate from, LocalDate to) throws Exception {
		var budget = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_ROLLUP_SECONDS", "2400")));
		Object targetAt;
		long targetSeq;
		long events;
		try (var connection = db.connect(); var statement = connection.createStatement()) {
			var rs = statement.executeQuery("""
					SELECT ingested_at, seq FROM events WHERE bot = FALSE ORDER BY ingested_at DESC, seq DESC LIMIT 1""");
			rs.next();
			targetAt = rs.getObject(1, java.time.OffsetDateTime.class);
			targetSeq = rs.getLong(2);
			var count = statement.executeQuery("SELECT COUNT(*) FROM events");
			count.next();
			events = count.getLong(1);
		}
		var started = System.nanoTime();
		var deadline = started + budget.toNanos();
		while (System.nanoTime() < deadline) {
			try (var connection = db.connect(); var statement = connection.prepareStatement("""
					SELECT COUNT(*) FROM analytics_watermark
					WHERE last_ingested_at > ? OR last_ingested_at = ? AND last_seq >= ?""")) {
				statement.setObject(1, targetAt);
				statement.setObject(2, targetAt);
				statement.setLong(3, targetSeq);
				var rs = statement.executeQuery();
				if (rs.next() && rs.getLong(1) > 0) {
					var seconds = (System.nanoTime() - started) / 1e9;
					return String.format("rollup job caught up %,d events in %.0f s (%,.0f events/s)", events, seconds,
							events / Math.max(seconds, 0.001));
				}
			}
			Thread.sleep(1000);
		}
		return "pending: rollup job did not catch up within " + budget.toSeconds() + " s";
	}
}
