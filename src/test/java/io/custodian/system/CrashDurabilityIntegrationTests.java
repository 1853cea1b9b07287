package io.custodian.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.custodian.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2xx is durable: Custodian runs as its own process on the test's database (H2 file by default, PostgreSQL when the
 * suite runs on it), takes hits and customer writes from several threads, is killed with SIGKILL mid-stream, and
 * after a restart every acknowledged write is stored and the audit chain is intact.
 */
class CrashDurabilityIntegrationTests {

	private static final Duration WARM_UP = Duration.ofMinutes(2);

	private static final Duration LOAD = Duration.ofSeconds(3);

	private static final String AUTH = CustodianProcess.ADMIN_AUTHORIZATION;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Set<String> acknowledgedHits = ConcurrentHashMap.newKeySet();

	private final Set<String> acknowledgedCustomers = ConcurrentHashMap.newKeySet();

	private final Set<String> refusals = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean streaming = new AtomicBoolean(true);

	@RegisterExtension
	final CustodianProcesses processes = new CustodianProcesses();

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void keepsEveryAcknowledgedWriteAndAnIntactAuditChainAfterAKill() throws Exception {
		var dataDir = Files.createTempDirectory("custodian-crash-");
		var databaseUrl = TestDatabase.isPostgres() ? TestDatabase.newPostgresDatabase() : null;
		var app = start(dataDir, databaseUrl);
		var site = createSite(app);
		var load = Executors.newFixedThreadPool(5);
		for (int t = 0; t < 3; t++) {
			int thread = t;
			load.submit(() -> streamHits(app, site, thread));
		}
		for (int t = 0; t < 2; t++) {
			int thread = t;
			load.submit(() -> streamCustomers(app, thread));
		}
		awaitFirstAcknowledgements();
		Thread.sleep(LOAD);
		app.kill();
		stopStreaming(load);
		assertThat(acknowledgedHits).as("hits answered 202 before the kill; refusals: %s", refusals).isNotEmpty();
		assertThat(acknowledgedCustomers).as("customers answered 201 before the kill; refusals: %s", refusals).isNotEmpty();

		System.out.printf("crash test: %d hits and %d customers acknowledged before the kill%n", acknowledgedHits.size(),
				acknowledgedCustomers.size());
		var restarted = start(dataDir, databaseUrl);
		var verify = send(HttpRequest.newBuilder(restarted.uri("/api/v1/audit/verify")).header("Authorization", AUTH).GET());
		restarted.stop();
		assertThat(verify.statusCode()).isEqualTo(200);
		assertThat(json.readTree(verify.body()).get("valid").asBoolean()).as(verify.body()).isTrue();
		var jdbcUrl = databaseUrl != null ? databaseUrl : TestDatabase.h2Url(dataDir);
		assertThat(stored(jdbcUrl, "SELECT path FROM events")).as("acknowledged hits stored after the kill")
			.containsAll(acknowledgedHits);
		assertThat(stored(jdbcUrl, "SELECT CAST(id AS VARCHAR(36)) FROM customers"))
			.as("acknowledged customers stored after the kill").containsAll(acknowledgedCustomers);
	}

	private CustodianProcess start(Path dataDir, String databaseUrl) throws Exception {
		return processes.start(dataDir, databaseUrl, List.of());
	}

	private String createSite(CustodianProcess app) throws Exception {
		var response = send(HttpRequest.newBuilder(app.uri("/api/v1/sites")).header("Authorization", AUTH)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"name":"Crash","domains":["crash.example"],"timeZone":"UTC"}""")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asString();
	}

	private void streamHits(CustodianProcess app, String site, int thread) {
		for (int n = 0; streaming.get(); n++) {
			var path = "/crash/" + thread + "-" + n;
			var body = """
					{"site":"%s","type":"pageview","url":"https://crash.example%s"}""".formatted(site, path);
			var request = HttpRequest.newBuilder(app.uri("/api/v1/collect")).header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			int status = status(request);
			if (status == 202) {
				acknowledgedHits.add(path);
			}
			else if (status > 0) {
				refusals.add("hit " + status);
			}
		}
	}

	private void streamCustomers(CustodianProcess app, int thread) {
		for (int n = 0; streaming.get(); n++) {
			var body = """
					{"email":"crash-%d-%d@example.com","name":"Crash %d %d","source":"staff","purposes":["support"]}"""
				.formatted(thread, n, thread, n);
			var request = HttpRequest.newBuilder(app.uri("/api/v1/customers")).header("Authorization", AUTH)
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
			try {
				var response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					acknowledgedCustomers.add(json.readTree(response.body()).get("id").asString());
				}
				else {
					refusals.add(response.statusCode() + " " + response.body());
				}
			}
			catch (Exception killed) {
				// no answer, no promise
			}
		}
	}

	private int status(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception killed) {
			return -1;
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The first requests wait for the warm-up of the parsers; the kill must fall into a steady stream. */
	private void awaitFirstAcknowledgements() throws InterruptedException {
		long deadline = System.nanoTime() + WARM_UP.toNanos();
		while ((acknowledgedHits.size() < 100 || acknowledgedCustomers.size() < 10) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
	}

	private void stopStreaming(ExecutorService load) throws InterruptedException {
		streaming.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
	}

	private static Set<String> stored(String url, String query) throws SQLException {
		var user = url.startsWith("jdbc:h2:") ? "sa" : "postgres";
		try (var connection = DriverManager.getConnection(url, user, "");
				var statement = connection.createStatement();
				var rows = statement.executeQuery(query)) {
			var values = new HashSet<String>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}
}
