package io.custodian.collect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A store that does not commit within the write timeout answers 503 with Retry-After instead of hanging. */
@CustodianTest
@TestPropertySource(properties = "custodian.collect.write-timeout=1s")
class CollectStoreTimeoutIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	DataSource dataSource;

	@Test
	void answersBusyWhenTheStoreDoesNotCommitInTime() throws Exception {
		var domain = "slow-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var created = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Slow","domains":["%s"],"timeZone":"UTC"}""".formatted(domain)).exchange();
		var site = json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString();
		assertThat(send(site, domain, "/first")).hasStatus(HttpStatus.ACCEPTED);

		try (var blocker = dataSource.getConnection()) {
			block(blocker);
			long started = System.nanoTime();
			var refused = send(site, domain, "/second");
			assertThat(refused).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("5");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
			release(blocker);
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(send(site, domain, "/third"))
			.hasStatus(HttpStatus.ACCEPTED));
	}

	MvcTestResult send(String site, String domain, String path) {
		return mvc.post().uri("/api/v1/collect").contentType("text/plain")
			.content("""
					{"site":"%s","type":"pageview","url":"https://%s%s"}""".formatted(site, domain, path))
			.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
			.exchange();
	}

	/** Holds every write to the events table: a table lock on PostgreSQL, exclusive mode on H2. */
	static void block(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			if (TestDatabase.isPostgres()) {
				connection.setAutoCommit(false);
				statement.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
			}
			else {
				statement.execute("SET EXCLUSIVE 1");
			}
		}
	}

	static void release(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			if (TestDatabase.isPostgres()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			else {
				statement.execute("SET EXCLUSIVE 0");
			}
		}
	}
}
