package io.custodian.system;

import java.io.BufferedWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.custodian.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

/**
 * A history import whose process is killed with SIGKILL mid-way: while the process lives its lease is renewed, so the
 * import stays running longer than the lease; after a restart it shows as interrupted and nothing of it was written
 * (that importing it again counts once is shown by HistoryImportLeaseIntegrationTests).
 */
class HistoryImportCrashIntegrationTests {

	private static final Duration LEASE = Duration.ofMillis(600);

	private static final int ROWS = 1_500_000;

	private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	final CustodianProcesses processes = new CustodianProcesses();

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void aKilledImportShowsAsInterruptedAfterARestartWithNothingWritten() throws Exception {
		assumeFalse(TestDatabase.isPostgres(), "the lease is the same code on every database; the kill -9 of a "
				+ "process on PostgreSQL is proven by CrashDurabilityIntegrationTests, importing again by "
				+ "HistoryImportLeaseIntegrationTests");
		assumeTrue(Boolean.getBoolean("custodian.tests.import-crash"), "two JVM starts and a 1.5 M-row import cost "
				+ "40 s of the suite's 15 minutes: run with -Dcustodian.tests.import-crash=true (the lease logic is "
				+ "HistoryImportLeaseIntegrationTests, which always runs)");
		var dataDir = Files.createTempDirectory("custodian-import-crash-");
		var databaseUrl = TestDatabase.isPostgres() ? TestDatabase.newPostgresDatabase() : null;
		var export = umamiEvents(dataDir.resolve("website_event.csv"));
		var app = start(dataDir, databaseUrl);
		var site = createSite(app);

		var started = send(HttpRequest.newBuilder(app.uri(imports(site) + "?format=umami&file=website_event.csv"))
			.POST(HttpRequest.BodyPublishers.ofFile(export)));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		var id = json.readTree(started.body()).get("id").asString();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
			.until(() -> status(app, site, id).get("rowsDone").asLong() > 0);
		var runningSince = Instant.now();
		while (Duration.between(runningSince, Instant.now()).compareTo(LEASE.multipliedBy(2)) < 0) {
			var state = status(app, site, id).get("state").asString();
			assertThat(state).as("renewed lease keeps a live import running (the import must outlast two leases)")
				.isEqualTo("RUNNING");
			Thread.sleep(100);
		}
		app.kill();

		var restarted = start(dataDir, databaseUrl);
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
			.until(() -> status(restarted, site, id).get("state").asString().equals("INTERRUPTED"));
		assertThat(status(restarted, site, id).get("failure").get("reason").asString()).contains("import the file again");
		assertThat(pageviews(restarted, site)).as("an interrupted import writes nothing").isZero();

		Files.delete(export);
	}

	/** Umami's website_event table as CSV: {@link #ROWS} pageviews of 5,000 visits over ten days. */
	private static Path umamiEvents(Path file) throws Exception {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("session_id,visit_id,created_at,url_path,event_type\n");
			for (int i = 0; i < ROWS; i++) {
				int visit = i % 5_000;
				out.write("s" + (visit % 500) + ",v" + visit + "," + FIRST.plusDays(visit % 10) + " 10:"
						+ String.format("%02d:%02d", (i / 60) % 60, i % 60) + "+00,/p" + (i % 50) + ",1\n");
			}
		}
		return file;
	}

	private long pageviews(CustodianProcess app, String site) throws Exception {
		var response = send(HttpRequest.newBuilder(app.uri("/api/v1/analytics/" + site + "/summary?from=" + FIRST
				+ "&to=" + FIRST.plusDays(9))).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).get("current").get("pageviews").asLong();
	}

	private JsonNode status(CustodianProcess app, String site, String id) throws Exception {
		var response = send(HttpRequest.newBuilder(app.uri(imports(site) + "/" + id)).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static String imports(String site) {
		return "/api/v1/sites/" + site + "/imports";
	}

	private CustodianProcess start(Path dataDir, String databaseUrl) throws Exception {
		return processes.start(dataDir, databaseUrl, List.of("--custodian.history.lease=" + LEASE.toMillis() + "ms"));
	}

	private String createSite(CustodianProcess app) throws Exception {
		var response = send(HttpRequest.newBuilder(app.uri("/api/v1/sites")).header("Content-Type",
				"application/json").POST(HttpRequest.BodyPublishers.ofString("""
						{"name":"Imports","domains":["imports-%s.example"],"timeZone":"UTC"}"""
					.formatted(UUID.randomUUID().toString().substring(0, 8)))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asString();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.header("Authorization", CustodianProcess.ADMIN_AUTHORIZATION)
			.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
