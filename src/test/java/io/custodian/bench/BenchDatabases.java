package io.custodian.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.flywaydb.core.Flyway;

/**
 * The databases the benchmarks run against: an H2 file database (exactly the application's default URL flags) or a
 * fresh database in the benchmark's PostgreSQL 17, migrated with the application's own Flyway scripts.
 */
public record BenchDatabases(String kind, String url, String user) {

	/** {@code h2 <directory>} or {@code postgres <jdbc:postgresql://host:port/>}; creates {@code name} fresh. */
	public static BenchDatabases create(String kind, String location, String name) throws SQLException {
		if (kind.equals("h2")) {
			var dir = Path.of(location, name).toAbsolutePath();
			deleteRecursively(dir);
			return new BenchDatabases("h2", "jdbc:h2:file:" + dir.resolve("db/custodian")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE", "sa");
		}
		if (kind.equals("postgres")) {
			var base = location.endsWith("/") ? location : location + "/";
			try (var c = DriverManager.getConnection(base + "postgres", "postgres", "");
					var s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				s.execute("CREATE DATABASE " + name);
			}
			return new BenchDatabases("postgres", base + name + "?reWriteBatchedInserts=true", "postgres");
		}
		throw new IllegalArgumentException("h2 or postgres, not " + kind);
	}

	public boolean postgres() {
		return kind.equals("postgres");
	}

	public String label() {
		return postgres() ? "PostgreSQL" : "H2";
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, "");
	}

	/** The application's migrations, as Spring Boot would run them ({@code common} + the vendor folder). */
	public void migrate() {
		Flyway.configure().dataSource(url, user, "")
			.locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres() ? "postgresql" : "h2"))
			.load().migrate();
	}

	/**
	 * On PostgreSQL, the monthly partitions the application's {@code EventPartitions} job would have created while
	 * the data came in (it creates this month and the next two), so old events do not land in the default partition.
	 */
	public void ensurePartitions(LocalDate from, LocalDate to) throws SQLException {
		if (!postgres()) {
			return;
		}
		try (var c = connect(); var s = c.createStatement()) {
			for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to).plusMonths(2)); month = month.plusMonths(1)) {
				s.execute("CREATE TABLE IF NOT EXISTS events_" + month.format(DateTimeFormatter.ofPattern("yyyy_MM", Locale.ROOT))
						+ " PARTITION OF events FOR VALUES FROM ('" + month.atDay(1) + "') TO ('"
						+ month.plusMonths(1).atDay(1) + "')");
			}
		}
	}

	/** What "durable" means on this database, for the table. */
	public String durability() throws SQLException {
		if (!postgres()) {
			return "H2 MVStore, WRITE_DELAY=0: each commit written to the file before it returns (survives kill -9; no fsync)";
		}
		try (var c = connect(); var s = c.createStatement();
				var r = s.executeQuery("SELECT current_setting('synchronous_commit'), current_setting('fsync'), version()")) {
			r.next();
			return "synchronous_commit=" + r.getString(1) + ", fsync=" + r.getString(2);
		}
	}

	public long count(String where) throws SQLException {
		try (var c = connect(); var s = c.createStatement();
				var r = s.executeQuery("SELECT COUNT(*) FROM events" + (where.isEmpty() ? "" : " WHERE " + where))) {
			r.next();
			return r.getLong(1);
		}
	}

	static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Appends {@code key=value} lines that {@code bench/run} turns into the table. */
	public static void figure(Path file, String key, Object value) {
		var line = key + "=" + value;
		System.out.println("  " + line);
		if (file == null) {
			return;
		}
		try {
			Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static long env(String name, long fallback) {
		var v = System.getenv(name);
		return v == null || v.isBlank() ? fallback : Long.parseLong(v.replace("_", "").trim());
	}
}
