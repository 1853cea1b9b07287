package io.custodian.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.custodian.TestDatabase;

/**
 * Custodian started as a separate JVM (the test's JDK and classpath) on a data directory and, when given, a database
 * URL: to be killed like a crash and started again on the same data.
 */
final class CustodianProcess {

	/** The Authorization header of the admin account the processes start with. */
	static final String ADMIN_AUTHORIZATION = "Basic " + Base64.getEncoder()
		.encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final Process process;

	private final int port;

	private final Path log;

	private CustodianProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts Custodian and waits until its health endpoint answers. */
	static CustodianProcess start(Path dataDir, String databaseUrl) throws IOException, InterruptedException {
		return start(dataDir, databaseUrl, List.of());
	}

	/** Starts Custodian with further command-line arguments and waits until its health endpoint answers. */
	static CustodianProcess start(Path dataDir, String databaseUrl, List<String> arguments)
			throws IOException, InterruptedException {
		int port = freePort();
		var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx768m",
				"-cp", System.getProperty("java.class.path"), "io.custodian.Custodian", "--server.port=" + port,
				"--server.address=127.0.0.1", "--custodian.data-dir=" + dataDir,
				"--custodian.security.admin-password=" + TestDatabase.ADMIN_PASSWORD,
				"--custodian.collect.rate-limit-per-second=1000000", "--custodian.collect.rate-limit-burst=1000000",
				"--custodian.collect.public-writes-per-minute=1000000"));
		if (databaseUrl != null) {
			command.addAll(List.of("--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
					"--spring.datasource.password="));
		}
		command.addAll(arguments);
		var log = dataDir.resolve("custodian-" + System.nanoTime() + ".log");
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("CUSTODIAN_"));
		var started = new CustodianProcess(builder.start(), port, log);
		started.awaitHealthy();
		return started;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** SIGKILL: no shutdown hook, no flush, no close. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM and a graceful shutdown, which closes the database. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			kill();
		}
	}

	String logTail() {
		try {
			var lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	private void awaitHealthy() throws InterruptedException {
		var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		var health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Custodian exited on start:\n" + logTail());
			}
			try {
				if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		kill();
		throw new IllegalStateException("Custodian did not start within " + STARTUP + ":\n" + logTail());
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
