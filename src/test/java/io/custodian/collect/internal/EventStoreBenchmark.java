package io.custodian.collect.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.custodian.bench.BenchDatabases;
import io.custodian.bench.BulkLoad;
import io.custodian.bench.SyntheticEvents;
import io.custodian.system.SqlDialect;

/**
 * Storage benchmark: the durable write rate of the production group-commit write (on H2 {@link EventWriter#INSERT}
 * bound by {@link EventWriter#bind}, on PostgreSQL {@link EventCopy}; batches of 2,000 rows, one transaction each) versus the database's own bulk load into the
 * same table (PostgreSQL {@code COPY}, H2 {@code CSVREAD}). Each method starts from an empty, fully indexed table.
 * <p>
 * Arguments: {@code h2 <directory> | postgres <jdbc:postgresql://host:port/>}, then the figures file.
 * Environment: {@code BENCH_STORAGE_ROWS} (default 200,000), {@code BENCH_STORAGE_SECONDS} (cap per method, 60).
 */
public final class EventStoreBenchmark {

	static final int BATCH = 2_000;

	public static void main(String[] args) throws Exception {
		var db = BenchDatabases.create(args[0], args[1], "storage");
		var figures = args.length > 2 ? Path.of(args[2]) : null;
		long rows = env("BENCH_STORAGE_ROWS", 200_000);
		long capNanos = env("BENCH_STORAGE_SECONDS", 60) * 1_000_000_000L;
		db.migrate();
		var today = LocalDate.now(ZoneOffset.UTC);
		db.ensurePartitions(today.minusDays(30), today);
		var site = UUID.randomUUID();
		var prefix = (db.postgres() ? "postgres" : "h2") + ".storage.";
		System.out.println("Storage benchmark on " + db.label() + ": " + rows + " rows per method");

		// warm-up of drivers and JIT, not timed
		insertBatches(db, new SyntheticEvents(site, today.minusDays(30), 30, 20_000, 7), Long.MAX_VALUE);
		truncate(db);

		var batch = insertBatches(db, new SyntheticEvents(site, today.minusDays(30), 30, rows, 42), capNanos);
		BenchDatabases.figure(figures, prefix + "batch_rows_per_s", Math.round(batch.rowsPerSecond()));
		BenchDatabases.figure(figures, prefix + "batch_rows", batch.rows());
		BenchDatabases.figure(figures, prefix + "batch_ms_per_tx", String.format("%.1f", batch.seconds() * 1000 / Math.max(1, batch.rows() / BATCH)));
		truncate(db);

		var bulk = BulkLoad.load(db, new SyntheticEvents(site, today.minusDays(30), 30, rows, 42), BulkLoad.defaultChunk(db),
				Path.of(System.getProperty("bench.work", "bench/results/work"), "storage-scratch"), n -> {
				});
		BenchDatabases.figure(figures, prefix + "bulk_rows_per_s", Math.round(bulk.rowsPerSecond()));
		BenchDatabases.figure(figures, prefix + "bulk_rows", bulk.rows());
		BenchDatabases.figure(figures, prefix + "durability", db.durability());
	}

	/** The production path: batches of 2,000 rows written as EventWriter writes them, one transaction each. */
	static BulkLoad.Result insertBatches(BenchDatabases db, SyntheticEvents events, long capNanos) throws Exception {
		var pending = new ArrayList<EventRow>(BATCH);
		long[] stats = { 0, 0 };
		try (var connection = db.connect()) {
			connection.setAutoCommit(false);
			var stop = new IllegalStateException("time cap reached");
			try {
				events.generate(e -> {
					pending.add(row(e));
					if (pending.size() == BATCH) {
						commit(connection, pending, stats);
						if (stats[1] > capNanos) {
							throw stop;
						}
					}
				});
				if (!pending.isEmpty()) {
					commit(connection, pending, stats);
				}
			}
			catch (IllegalStateException e) {
				if (e != stop) {
					throw e;
				}
				System.out.println("  (stopped at the time cap after " + stats[0] + " rows)");
			}
		}
		return new BulkLoad.Result(stats[0], stats[1] / 1e9);
	}

	private static void commit(java.sql.Connection connection, List<EventRow> rows, long[] stats) {
		try {
			long start = System.nanoTime();
			if (SqlDialect.ofProductName(connection.getMetaData().getDatabaseProductName()) == SqlDialect.POSTGRESQL) {
				EventCopy.copyCommitted(connection, rows, Instant.now());
			}
			else {
				EventInsert.store(connection, rows, Instant.now());
				connection.commit();
			}
			stats[1] += System.nanoTime() - start;
			stats[0] += rows.size();
			rows.clear();
		}
		catch (java.sql.SQLException e) {
			throw new RuntimeException(e);
		}
	}

	static EventRow row(SyntheticEvents.Event e) {
		return new EventRow(e.siteId, Instant.ofEpochMilli(e.occurredAt), e.type, e.visitorId, e.sessionId,
				e.pageviewId, e.cookieless, e.url, e.path, e.title, e.referrer, e.source, e.channel, e.utmSource,
				e.utmMedium, e.utmCampaign, e.utmTerm, e.utmContent, e.browser, e.browserVersion, e.os, e.osVersion,
				e.device, e.country, e.region, e.city, e.language, e.screen, e.engagedMs, e.actionName, e.actionKind,
				e.actionTarget, e.props, e.ip, e.bot, e.consentId);
	}

	private static void truncate(BenchDatabases db) throws Exception {
		try (var c = db.connect(); var s = c.createStatement()) {
			s.execute("TRUNCATE TABLE events");
			if (!c.getAutoCommit()) {
				c.commit();
			}
		}
	}

	private static long env(String name, long fallback) {
		var v = System.getenv(name);
		return v == null || v.isBlank() ? fallback : Long.parseLong(v.replace("_", "").trim());
	}
}
