package io.custodian.collect;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;

import io.custodian.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matomo bulk requests as large as Matomo takes them, through the real server: the log importer's 200 requests (well
 * over the common 64 KB body bound) and up to 1000, sent the way piwik.js sends a bulk (form content type, JSON
 * body); beyond the bound a problem names the field and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "custodian.collect.rate-limit-per-second=0")
@ContextConfiguration(initializers = TestDatabase.class)
class MatomoBulkLimitsIntegrationTests {

	static final String UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	final JsonMapper json = JsonMapper.builder().build();

	UUID site;

	int idsite;

	String domain;

	@BeforeEach
	void registerSite() throws Exception {
		domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var created = json.readTree(post("/api/v1/sites", "application/json",
				"{\"name\":\"Shop\",\"domains\":[\"%s\"],\"timeZone\":\"Europe/Berlin\"}".formatted(domain), true).body());
		site = UUID.fromString(created.get("id").asString());
		idsite = created.get("trackingId").asInt();
	}

	@Test
	void tracksTheLogImportersTwoHundredRequestsAndAThousand() throws Exception {
		var importer = bulk(200);
		assertThat(importer.length()).as("over the common 64 KB bound").isGreaterThan(65_536);
		var answer = post("/matomo.php", "application/x-www-form-urlencoded; charset=UTF-8", importer, false);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(json.readTree(answer.body()).get("tracked").asInt()).isEqualTo(200);
		assertThat(post("/matomo.php", "application/json", bulk(1000), false).statusCode()).isEqualTo(200);
		assertThat(count()).isEqualTo(1200);
	}

	@Test
	void refusesMoreRequestsOrBytesNamingTheField() throws Exception {
		var tooMany = post("/matomo.php", "application/json", bulk(1001), false);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(json.readTree(tooMany.body()).at("/errors/0/field").asString()).isEqualTo("requests");
		var padded = bulk(10).replaceFirst("\\{", "{\"padding\":\"" + "p".repeat(4 * 1024 * 1024) + "\",");
		var tooLarge = post("/matomo.php", "application/json", padded, false);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(json.readTree(tooLarge.body()).at("/errors/0/field").asString()).isEqualTo("body");
		var largeForm = post("/matomo.php", "application/x-www-form-urlencoded",
				"idsite=" + idsite + "&rec=1&url=" + enc("https://" + domain + "/") + "&x=" + "y".repeat(70_000), false);
		assertThat(largeForm.statusCode()).as("a single request keeps the common bound").isEqualTo(413);
		assertThat(count()).isZero();
	}

	/** A bulk of {@code n} requests as the log importer builds them: page, referrer, agent, address and time. */
	String bulk(int n) {
		var items = new ArrayList<String>();
		for (int i = 0; i < n; i++) {
			items.add("\"?idsite=" + idsite + "&rec=1&apiv=1&url=" + enc("https://" + domain + "/page/" + i + "?q=" + "x".repeat(200))
					+ "&urlref=" + enc("https://search.example/?q=" + "term".repeat(20)) + "&action_name=" + enc("Page " + i)
					+ "&ua=" + enc(UA) + "&send_image=0&cdt=" + (System.currentTimeMillis() / 1000 - 60) + "\"");
		}
		return "{\"requests\":[" + String.join(",", items) + "]}";
	}

	HttpResponse<String> post(String path, String type, String body, boolean asAdmin) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120))
			.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
		if (asAdmin) {
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site").param("site", site).query(Long.class).single();
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
