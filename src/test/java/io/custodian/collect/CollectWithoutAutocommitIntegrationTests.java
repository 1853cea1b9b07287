package io.custodian.collect;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;

import javax.sql.DataSource;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Acknowledged hits are committed also when the connection pool hands out connections without autocommit. */
@CustodianTest
@TestPropertySource(properties = "spring.datasource.hikari.auto-commit=false")
class CollectWithoutAutocommitIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Environment environment;

	@Autowired
	DataSource dataSource;

	@Test
	void acknowledgedHitsAreStoredWhenThePoolDoesNotAutocommit() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getAutoCommit()).as("the pool's connections").isFalse();
		}
		var domain = "manual-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var created = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Manual commit","domains":["%s"],"timeZone":"UTC"}""".formatted(domain)).exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		var site = UUID.fromString(json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString());
		for (var path : new String[] { "/a", "/b", "/c" }) {
			assertThat(mvc.post().uri("/api/v1/collect").contentType("text/plain")
				.content("""
						{"site":"%s","type":"pageview","url":"https://%s%s"}""".formatted(site, domain, path))
				.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")
				.exchange()).hasStatus(HttpStatus.ACCEPTED);
		}

		try (var outside = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"));
				var query = outside.prepareStatement("SELECT path FROM events WHERE site_id = ? ORDER BY path")) {
			query.setObject(1, site);
			var paths = new ArrayList<String>();
			try (var rows = query.executeQuery()) {
				while (rows.next()) {
					paths.add(rows.getString(1));
				}
			}
			assertThat(paths).as("every acknowledged hit, read on a connection outside the pool")
				.containsExactly("/a", "/b", "/c");
		}
	}
}
