package io.custodian.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.NpmPackages;
import io.custodian.TestDatabase;
import io.custodian.analytics.internal.RollupJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Matomo's own Node.js client, the npm package {@code matomo-tracker} 2.2.4 (matomo-org/matomo-nodejs-tracker), used
 * unchanged but for the host (src/test/js/matomo-node-client.cjs): its GET requests and its {@code trackBulk} POST,
 * without {@code token_auth} and without a User-Agent header, the visitor's browser in {@code ua}. The analytics API
 * then shows the visitors, pageviews, pages, sources, devices, events and goals Matomo would count. Skipped with a
 * message when node, npm or the registry is unavailable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
class MatomoNodeTrackerIntegrationTests {

	private static final Path SCRIPT = Path.of("src", "test", "js", "matomo-node-client.cjs");

	@Value("${local.server.port}")
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollupJob rollups;

	private final List<Process> clients = new ArrayList<>();

	private Path client;

	private UUID site;

	private int idsite;

	private String domain;

	@BeforeEach
	void installTheClientAndRegisterASite() {
		NpmPackages.assumeNode();
		client = NpmPackages.unpacked("matomo-tracker@2.2.4", "matomo-tracker-2.2.4.tgz");
		domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		var created = json.readTree(result.getResponse().getContentAsByteArray());
		site = UUID.fromString(created.get("id").asString());
		idsite = created.get("trackingId").asInt();
	}

	@AfterEach
	void stopClients() {
		clients.forEach(Process::destroyForcibly);
	}

	@Test
	void countsWhatMatomosNodeClientSendsAsMatomoWould() throws IOException {
		var entries = run("entries");
		await().atMost(Duration.ofSeconds(30)).until(() -> stored() == 5 && Files.readString(entries).contains("bulk:"));
		var later = run("actions");
		await().atMost(Duration.ofSeconds(30)).until(() -> stored() == 9);
		assertThat(Files.readString(entries)).contains("bulk: {\"status\":\"success\",\"tracked\":2,\"invalid\":0}")
			.doesNotContain("tracking error");
		assertThat(Files.readString(later)).doesNotContain("tracking error");
		rollups.catchUpUntil(Instant.now().plusSeconds(60));

		var summary = get("/summary", "").get("current");
		assertThat(summary.get("visitors").asLong()).as("three browsers and one request without any").isEqualTo(4);
		assertThat(summary.get("visits").asLong()).isEqualTo(4);
		assertThat(summary.get("pageviews").asLong()).isEqualTo(6);
		assertThat(summary.get("bounceRate").asDouble()).isEqualTo(50.0);
		assertThat(summary.get("actions").asLong()).isEqualTo(3);
		var pages = get("/breakdown/page", "");
		assertThat(row(pages, "/").get("pageviews").asLong()).isEqualTo(2);
		assertThat(row(pages, "/").get("visitors").asLong()).isEqualTo(2);
		for (var path : List.of("/about", "/blog/hello", "/docs", "/pricing")) {
			assertThat(row(pages, path).get("pageviews").asLong()).as(path).isEqualTo(1);
		}
		var sources = get("/breakdown/source", "");
		assertThat(row(sources, "Google").get("visits").asLong()).isEqualTo(1);
		assertThat(row(sources, "Hacker News").get("visits").asLong()).isEqualTo(1);
		assertThat(row(sources, "Direct").get("visits").asLong()).isEqualTo(2);
		var devices = get("/breakdown/device", "");
		assertThat(row(devices, "desktop").get("visitors").asLong()).isEqualTo(2);
		assertThat(row(devices, "mobile").get("visitors").asLong()).isEqualTo(1);
		assertThat(row(devices, "other").get("visitors").asLong()).as("Matomo's Unknown").isEqualTo(1);
		var browsers = get("/breakdown/browser", "");
		for (var browser : List.of("Chrome", "Safari", "Firefox")) {
			assertThat(row(browsers, browser).get("visits").asLong()).as(browser).isEqualTo(1);
		}
		assertThat(row(get("/breakdown/os_version", ""), "iOS 17.4").get("visits").asLong()).isEqualTo(1);
		assertThat(row(get("/breakdown/language", ""), "de-DE").get("pageviews").asLong()).isEqualTo(2);
		assertThat(row(get("/breakdown/screen", ""), "390x844").get("visits").asLong()).isEqualTo(1);
		var actions = get("/breakdown/action", "");
		assertThat(row(actions, "Videos/Play").get("actions").asLong()).as("the event").isEqualTo(1);
		assertThat(row(actions, "boots").get("actions").asLong()).as("the site search").isEqualTo(1);
		assertThat(row(actions, "Goal 1").get("actions").asLong()).as("the goal").isEqualTo(1);
		assertThat(row(get("/breakdown/prop:name", ""), "Intro").get("actions").asLong()).isEqualTo(1);
		assertThat(row(get("/breakdown/prop:revenue", ""), "10.0").get("actions").asLong()).isEqualTo(1);
	}

	/**
	 * Runs one step of the client; its output goes to a file, read while it runs: the client keeps the connection of
	 * an image answer it does not read open until the server closes it, so it is not waited for.
	 */
	private Path run(String step) throws IOException {
		var output = Files.createTempFile(Path.of("target"), "matomo-node-client-", ".log");
		var process = new ProcessBuilder("node", SCRIPT.toString(), client.toString(),
				"http://127.0.0.1:" + port + "/matomo.php", String.valueOf(idsite), domain, step)
			.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		clients.add(process);
		return output;
	}

	private long stored() {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site").param("site", site).query(Long.class)
			.single();
	}

	private JsonNode get(String path, String query) {
		var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		var result = Api.asAdmin(mvc).get("/api/v1/analytics/" + site + path + "?from=" + today.minusDays(1) + "&to="
				+ today + (query.isEmpty() ? "" : "&" + query)).exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private static JsonNode row(JsonNode rows, String value) {
		for (var row : rows) {
			if (row.get("value").asString().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("no row " + value + " in " + rows);
	}
}
