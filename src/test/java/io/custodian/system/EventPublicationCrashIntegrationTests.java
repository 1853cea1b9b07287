package io.custodian.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
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

/**
 * An event published before a {@code kill -9} is delivered after the restart: Custodian runs as its own process on the
 * test's database with every asynchronous task held ({@link HeldAsyncTasks}), takes a privacy request and then
 * registers its sender as a customer (whose {@code CustomerRegistered} the request module listens to), is killed with
 * SIGKILL while the listener has not run, and after a restart the listener's effect appears (the request belongs to
 * the customer) and the publication is gone from {@code event_publication}.
 */
class EventPublicationCrashIntegrationTests {

	private static final String HOLD = "--custodian.test.hold-async-tasks=true";

	private static final Duration DELIVERY = Duration.ofMinutes(1);

	private static final String AUTH = CustodianProcess.ADMIN_AUTHORIZATION;

	private static final String OUTSTANDING = "SELECT COUNT(*) FROM event_publication"
			+ " WHERE listener_id LIKE '%EarlierRequests%' AND completion_date IS NULL";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	final CustodianProcesses processes = new CustodianProcesses();

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void deliversAnEventPublishedBeforeAKillAfterTheRestart() throws Exception {
		var dataDir = Files.createTempDirectory("custodian-events-crash-");
		var databaseUrl = TestDatabase.isPostgres() ? TestDatabase.newPostgresDatabase() : null;
		var jdbcUrl = databaseUrl != null ? databaseUrl : TestDatabase.h2Url(dataDir);
		var email = "crash-" + UUID.randomUUID() + "@example.com";

		var held = processes.start(dataDir, databaseUrl, List.of(HOLD));
		var request = submitRequest(held, email);
		var customer = register(held, email);
		assertThat(customerOf(held, request)).as("the listener has not run before the kill").isNull();
		held.kill();
		assertThat(count(jdbcUrl, OUTSTANDING)).as("the publication outlives the kill").isEqualTo(1);

		var restarted = processes.start(dataDir, databaseUrl, List.of());
		long deadline = System.nanoTime() + DELIVERY.toNanos();
		while (customerOf(restarted, request) == null && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
		assertThat(customerOf(restarted, request)).as("the request linked after the restart:\n%s", restarted.logTail())
			.isEqualTo(customer);
		Thread.sleep(1_000);
		restarted.stop();
		assertThat(count(jdbcUrl, OUTSTANDING)).as("the publication completed and deleted").isZero();
	}

	private String submitRequest(CustodianProcess app, String email) throws Exception {
		var response = send(HttpRequest.newBuilder(app.uri("/api/v1/privacy-requests"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"email":"%s","type":"access"}""".formatted(email))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return json.readTree(response.body()).get("id").asString();
	}

	private String register(CustodianProcess app, String email) throws Exception {
		var response = send(HttpRequest.newBuilder(app.uri("/api/v1/customers")).header("Authorization", AUTH)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"email":"%s","name":"Crash Test","source":"staff","purposes":["support"]}""".formatted(email))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).get("id").asString();
	}

	/** The customer the request belongs to, or null. */
	private String customerOf(CustodianProcess app, String request) throws Exception {
		var response = send(HttpRequest.newBuilder(app.uri("/api/v1/requests/" + request))
			.header("Authorization", AUTH).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode customer = json.readTree(response.body()).get("request").get("customerId");
		return customer == null || customer.isNull() ? null : customer.asString();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static long count(String url, String query) throws SQLException {
		var user = url.startsWith("jdbc:h2:") ? "sa" : "postgres";
		try (var connection = DriverManager.getConnection(url, user, "");
				var statement = connection.createStatement();
				var rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
