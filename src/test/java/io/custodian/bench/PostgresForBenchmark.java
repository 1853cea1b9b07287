package io.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an embedded PostgreSQL 17 for {@code bench/run}, writes its base JDBC URL
 * ({@code jdbc:postgresql://localhost:PORT/}) to the file given as the second argument, and runs until killed
 * (SIGTERM stops PostgreSQL through the shutdown hook). Unlike zonky's defaults ({@code synchronous_commit=off}),
 * commits are durable, as in production; memory settings are those of a modest production server.
 * <p>
 * Arguments: {@code <data directory> <url file>}.
 */
public final class PostgresForBenchmark {

	public static void main(String[] args) throws Exception {
		var dataDir = Path.of(args[0]).toAbsolutePath();
		var urlFile = Path.of(args[1]);
		Files.createDirectories(dataDir);
		var postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("shared_buffers", System.getProperty("bench.pg.shared_buffers", "1GB"))
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("effective_cache_size", "4GB")
			.setServerConfig("max_connections", "100")
			.start();
		var url = postgres.getJdbcUrl("postgres", "postgres").replaceFirst("/postgres(\\?.*)?$", "/");
		Files.writeString(urlFile, url + "\n");
		System.out.println("PostgreSQL 17 ready: " + url);
		Thread.currentThread().join();
	}
}
