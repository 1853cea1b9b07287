package io.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Dashboard and erasure benchmark over a large synthetic history (default 10 million events over 90 days).
 * <ol>
 * <li>{@code load}: a fresh database with the application's schema, the site registered, the events loaded through the
 * bulk path ({@link BulkLoad}), then statistics gathered (as autovacuum / a maintenance job would have).</li>
 * <li>{@code measure}: (b) the pluggable "prepare rollups" step ({@link RollupPreparer}), (c) p50/p99 of six
 * dashboard queries over the last 30 and 90 days ({@link DashboardQueries}), (d) erasure: {@code DELETE FROM events
 * WHERE visitor_id = ?} for 20 different visitors.</li>
 * </ol>
 * Arguments: {@code load|measure h2 <directory> | postgres <jdbc:postgresql://host:port/>} then the figures file.
 * Environment: {@code BENCH_EVENTS} (10,000,000), {@code BENCH_DAYS} (90), {@code BENCH_QUERY_REPS} (10 runs at
 * most), {@code BENCH_QUERY_SECONDS} (time budget per query and range, 10), {@code BENCH_ROLLUPS} and
 * {@code BENCH_DASHBOARD} (which implementations; see {@link RollupPreparer} and {@link DashboardQueries}).
 */
public final class DashboardBenchmark {

	static final UUID SITE = UUID.fromString("0b5e4c1a-7d2f-4e10-9c3b-5a6d7e8f9012");

	public static void main(String[] args) throws Exception {
		var phase = args[0];
		var kind = args[1];
		var location = args[2];
		var figures = args.length > 3 ? Path.of(args[3]) : null;
		var prefix = kind + ".dash.";
		var work = Path.of(System.getProperty("bench.work", "bench/results/work"));
		Files.createDirectories(work);
		var statePath = work.resolve("dashboard-" + kind + ".properties");
		switch (phase) {
			case "load" -> load(kind, location, figures, prefix, statePath, work);
			case "measure" -> measure(kind, figures, prefix, statePath);
			case "erase" -> erase(kind, figures, prefix, statePath);
			default -> throw new IllegalArgumentException(phase);
		}
	}

	static void load(String kind, String location, Path figures, String prefix, Path statePath, Path work)
			throws Exception {
		long total = BenchDatabases.env("BENCH_EVENTS", 10_000_000);
		int days = (int) BenchDatabases.env("BENCH_DAYS", 90);
		var last = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		var first = last.minusDays(days - 1);
		var db = BenchDatabases.create(kind, location, "dashboard");
		db.migrate();
		db.ensurePartitions(first, last);
		registerSite(db);
		var events = new SyntheticEvents(SITE, first, days, total, 2024);
		System.out.printf("Loading %,d events over %d days (%s .. %s) into %s%n", total, days, first, last, db.label());
		long wall = System.nanoTime();
		long step = Math.max(1, total / 10);
		long[] next = { step };
		// PostgreSQL: like a DBA's initial import, drop the secondary indexes, COPY, create them again (same
		// definitions). H2 builds indexes slower than it maintains them during the load, so they stay.
		var indexes = db.postgres() ? dropIndexes(db) : List.<String>of();
		var result = BulkLoad.load(db, events, BulkLoad.defaultChunk(db), work.resolve("dashboard-scratch"), n -> {
			if (n >= next[0]) {
				System.out.printf("  %,d rows, %.0f s%n", n, (System.nanoTime() - wall) / 1e9);
				next[0] += step;
			}
		});
		long indexing = System.nanoTime();
		try (var c = db.connect(); var s = c.createStatement()) {
			for (var index : indexes) {
				s.execute(index);
			}
		}
		double indexSeconds = (System.nanoTime() - indexing) / 1e9;
		long analyze = System.nanoTime();
		try (var c = db.connect(); var s = c.createStatement()) {
			s.execute(db.postgres() ? "VACUUM (ANALYZE) events" : "ANALYZE");
		}
		double analyzeSeconds = (System.nanoTime() - analyze) / 1e9;
		BenchDatabases.figure(figures, prefix + "events", result.rows());
		BenchDatabases.figure(figures, prefix + "load_rows_per_s", Math.round(result.rowsPerSecond()));
		BenchDatabases.figure(figures, prefix + "load_wall_s", Math.round((System.nanoTime() - wall) / 1e9));
		BenchDatabases.figure(figures, prefix + "index_s", String.format("%.1f", indexSeconds));
		BenchDatabases.figure(figures, prefix + "analyze_s", String.format("%.1f", analyzeSeconds));
		var state = new Properties();
		state.setProperty("url", db.url());
		state.setProperty("user", db.user());
		state.setProperty("kind", kind);
		state.setProperty("first", first.toString());
		state.setProperty("last", last.toString());
		state.setProperty("events", Long.toString(result.rows()));
		state.setProperty("site", SITE.toString());
		try (var out = Files.newBufferedWriter(statePath)) {
			state.store(out, "written by DashboardBenchmark load");
		}
	}

	static void measure(String kind, Path figures, String prefix, Path statePath) throws Exception {
		var state = new Properties();
		try (var in = Files.newBufferedReader(statePath)) {
			state.load(in);
		}
		var db = new BenchDatabases(kind, state.getProperty("url"), state.getProperty("user"));
		var last = LocalDate.parse(state.getProperty("last"));
		var events = new SyntheticEvents(SITE, LocalDate.parse(state.getProperty("first")),
				(int) BenchDatabases.env("BENCH_DAYS", 90), Long.parseLong(state.getProperty("events")), 2024);

		// (b) rollups
		var rollups = RollupPreparer.selected();
		long start = System.nanoTime();
		var rollupStatus = rollups.prepare(db, SITE, events.firstDay(), last);
		BenchDatabases.figure(figures, prefix + "rollups", rollupStatus);
		if (!rollupStatus.startsWith("pending")) {
			BenchDatabases.figure(figures, prefix + "rollups_s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
		}

		// (c) dashboard queries
		var queries = DashboardQueries.selected(db);
		var timeoutText = "timeout (>" + BenchDatabases.env("BENCH_QUERY_TIMEOUT", 30) + " s)";
		BenchDatabases.figure(figures, prefix + "source", queries.label());
		int reps = (int) BenchDatabases.env("BENCH_QUERY_REPS", 10);
		long budget = BenchDatabases.env("BENCH_QUERY_SECONDS", 10) * 1_000_000_000L;
		for (int range : new int[] { 30, 90 }) {
			var from = last.minusDays(range - 1);
			for (var query : DashboardQueries.QUERIES) {
				var samples = new ArrayList<Double>();
				double first;
				try {
					first = time(() -> queries.runFirst(query, SITE, from, last));
				}
				catch (java.sql.SQLException | java.net.http.HttpTimeoutException e) {
					rethrowUnlessTimeout(e);
					BenchDatabases.figure(figures, prefix + "q." + query + "." + range + "d", timeoutText);
					continue;
				}
				BenchDatabases.figure(figures, prefix + "q." + query + "." + range + "d.first", ms(first));
				long began = System.nanoTime();
				try {
					while (samples.size() < reps && System.nanoTime() - began < budget) {
						samples.add(time(() -> queries.run(query, SITE, from, last)));
					}
				}
				catch (java.sql.SQLException | java.net.http.HttpTimeoutException e) {
					rethrowUnlessTimeout(e);
					BenchDatabases.figure(figures, prefix + "q." + query + "." + range + "d",
							timeoutText + " after " + samples.size() + " runs");
					continue;
				}
				Collections.sort(samples);
				BenchDatabases.figure(figures, prefix + "q." + query + "." + range + "d",
						String.format("%s|%s|%d", ms(percentile(samples, 50)), ms(percentile(samples, 99)), samples.size()));
			}
		}
	}

	/** (d) erasure: one visitor's events, one durable transaction each, 20 different returning visitors. */
	static void erase(String kind, Path figures, String prefix, Path statePath) throws Exception {
		var state = new Properties();
		try (var in = Files.newBufferedReader(statePath)) {
			state.load(in);
		}
		var db = new BenchDatabases(kind, state.getProperty("url"), state.getProperty("user"));
		var events = new SyntheticEvents(SITE, LocalDate.parse(state.getProperty("first")),
				(int) BenchDatabases.env("BENCH_DAYS", 90), Long.parseLong(state.getProperty("events")), 2024);
		var times = new ArrayList<Double>();
		long deleted = 0;
		try (var c = db.connect(); var s = c.prepareStatement("DELETE FROM events WHERE visitor_id = ?")) {
			c.setAutoCommit(true);
			for (int i = 0; i < 20; i++) {
				s.setString(1, events.returningVisitor(i * 7919));
				long t = System.nanoTime();
				deleted += s.executeUpdate();
				times.add((System.nanoTime() - t) / 1e6);
			}
		}
		Collections.sort(times);
		BenchDatabases.figure(figures, prefix + "erase",
				String.format("%s|%s|%.1f", ms(percentile(times, 50)), ms(times.get(times.size() - 1)), deleted / 20.0));
	}

	/** Drops the events table's secondary indexes; returns the statements that create them again. */
	private static List<String> dropIndexes(BenchDatabases db) throws Exception {
		var create = new ArrayList<String>();
		try (var c = db.connect(); var s = c.createStatement()) {
			if (db.postgres()) {
				try (var r = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'events'")) {
					while (r.next()) {
						create.add(r.getString(2).replace(" ON ONLY ", " ON "));
					}
				}
			}
			else {
				try (var r = s.executeQuery("""
						SELECT i.index_name, STRING_AGG(c.column_name, ', ' ORDER BY c.ordinal_position)
						FROM information_schema.indexes i JOIN information_schema.index_columns c
						  ON c.index_schema = i.index_schema AND c.index_name = i.index_name
						WHERE i.table_name = 'events' AND i.index_type_name = 'INDEX'
						GROUP BY i.index_name""")) {
					while (r.next()) {
						create.add("CREATE INDEX " + r.getString(1) + " ON events (" + r.getString(2) + ")");
					}
				}
			}
			for (var statement : create) {
				s.execute("DROP INDEX " + statement.replaceFirst("^CREATE INDEX (\\S+) ON .*$", "$1"));
			}
		}
		System.out.println("  indexes recreated after the load: " + create);
		return create;
	}

	private static void registerSite(BenchDatabases db) throws Exception {
		try (var c = db.connect(); var s = c.prepareStatement("""
				INSERT INTO sites (id, tracking_id, name, domains, time_zone, cookie_mode, excluded_ips, created_at)
				VALUES (?, nextval('site_tracking_ids'), 'Bench dashboard', ?, 'UTC', 'cookieless', '', ?)""")) {
			s.setObject(1, SITE);
			s.setString(2, SyntheticEvents.DOMAIN);
			s.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
			s.executeUpdate();
		}
	}

	private static void rethrowUnlessTimeout(Exception e) throws Exception {
		if (e instanceof java.sql.SQLException sql && !(sql instanceof java.sql.SQLTimeoutException)
				&& !"57014".equals(sql.getSQLState())) {
			throw e;
		}
	}

	interface Action {

		void run() throws Exception;
	}

	private static double time(Action action) throws Exception {
		long t = System.nanoTime();
		action.run();
		return (System.nanoTime() - t) / 1e6;
	}

	/** Nearest rank on sorted samples; with few samples p99 is the maximum. */
	static double percentile(List<Double> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	static String ms(double v) {
		return v >= 100 ? Long.toString(Math.round(v)) : String.format("%.1f", v);
	}

}
