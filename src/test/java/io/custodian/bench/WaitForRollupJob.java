package io.custodian.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rollups built by the application's own incremental job: the app runs on the loaded database and this waits until
 * the job's watermark has passed the last loaded event, reporting how fast it caught up.
 */
public final class WaitForRollupJob implements RollupPreparer {

	@Override
	public String prepare(BenchDatabases db, UUID site, LocalDate from, LocalDate to) throws Exception {
		var budget = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_ROLLUP_SECONDS", "1200")));
		long target;
		long events;
		try (var connection = db.connect(); var statement = connection.createStatement()) {
			var rs = statement.executeQuery("SELECT MAX(seq), COUNT(*) FROM events");
			rs.next();
			target = rs.getLong(1);
			events = rs.getLong(2);
		}
		var started = System.nanoTime();
		var deadline = started + budget.toNanos();
		while (System.nanoTime() < deadline) {
			try (var connection = db.connect(); var statement = connection.createStatement()) {
				var rs = statement.executeQuery("SELECT last_seq, run_cursor FROM analytics_watermark WHERE id = 1");
				if (rs.next() && rs.getLong(1) >= target && rs.getObject(2) == null) {
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
