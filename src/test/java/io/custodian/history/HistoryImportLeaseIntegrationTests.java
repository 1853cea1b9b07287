package io.custodian.history;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Running imports hold a lease their process renews: a row left running by a process that died (its heartbeat old)
 * shows as interrupted and does not stop the file from being imported again, once; a live import of the site, or as
 * many live imports as {@code custodian.history.max-running} allows, refuses a further one with a 409 problem.
 */
@CustodianTest
class HistoryImportLeaseIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HistorySettings settings;

	private final List<UUID> leftovers = new ArrayList<>();

	private String site;

	@BeforeEach
	void registerSite() {
		site = newSite();
	}

	@AfterEach
	void removeLeftovers() {
		leftovers.forEach(id -> jdbc.sql("DELETE FROM history_imports WHERE id = ?").param(id).update());
	}

	@Test
	void anImportWhoseProcessDiedShowsAsInterruptedAndCanBeImportedAgainCountingOnce() {
		var dead = runningRow(site, Instant.now().minus(Duration.ofMinutes(10)));
		var listed = read(Api.asAdmin(mvc).get("/api/v1/sites/{site}/imports", site).exchange()).get(0);
		assertThat(listed.get("id").asString()).isEqualTo(dead.toString());
		assertThat(listed.get("state").asString()).isEqualTo("INTERRUPTED");
		assertThat(listed.get("failure").get("reason").asString()).contains("interrupted").contains("import the file again");
		var page = Api.asAdmin(mvc).get("/imports/{site}/{id}", site, dead).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("INTERRUPTED").contains("import the file again")
			.doesNotContain("http-equiv=\"refresh\"");

		var visits = AnchorExports.visits();
		assertThat(upload(site, AnchorExports.matomo(visits))).hasStatusOk();
		assertThat(jdbc.sql("SELECT state FROM history_imports WHERE id = ?").param(dead).query(String.class).single())
			.as("marked so once its slot was needed").isEqualTo("INTERRUPTED");
		assertThat(upload(site, AnchorExports.matomo(visits))).hasStatusOk();
		var expected = AnchorExports.expected(visits);
		var first = expected.keySet().stream().min(Comparable::compareTo).orElseThrow();
		var last = expected.keySet().stream().max(Comparable::compareTo).orElseThrow();
		var summary = read(Api.asAdmin(mvc).get("/api/v1/analytics/{site}/summary?from={from}&to={to}", site, first,
				last).exchange()).get("current");
		assertThat(summary.get("pageviews").asLong())
			.isEqualTo(expected.values().stream().mapToLong(AnchorExports.Day::pageviews).sum());
	}

	@Test
	void aLiveImportOfTheSiteRefusesAnotherWithAConflictInApiAndConsole() {
		var live = runningRow(site, Instant.now());
		var result = upload(site, AnchorExports.matomo(AnchorExports.visits()));
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		var problem = read(result);
		assertThat(problem.get("reason").asString()).isEqualTo("site-import-running");
		assertThat(problem.get("running").asString()).isEqualTo(live.toString());
		assertThat(problem.get("detail").asString()).contains("one import at a time");

		var console = mvc.post().uri("/imports/upload?site={site}&format=matomo&file=dump.zip", site)
			.with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)).with(csrf())
			.contentType("application/octet-stream").content(AnchorExports.matomo(AnchorExports.visits())).exchange();
		assertThat(console).hasStatus(HttpStatus.CONFLICT);
		assertThat(read(console).get("reason").asString()).isEqualTo("site-import-running");
		assertThat(read(Api.asAdmin(mvc).get("/api/v1/sites/{site}/imports/{id}", site, live).exchange())
			.get("state").asString()).isEqualTo("RUNNING");
	}

	@Test
	void refusesAnImportBeyondTheGlobalLimitNamingIt() {
		for (int i = 0; i < settings.maxRunning(); i++) {
			runningRow(newSite(), Instant.now());
		}
		var result = upload(site, AnchorExports.matomo(AnchorExports.visits()));
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		var problem = read(result);
		assertThat(problem.get("reason").asString()).isEqualTo("too-many-imports");
		assertThat(problem.get("detail").asString()).contains("custodian.history.max-running");
	}

	/** A row as a process leaves it while it runs an import, last renewed at {@code heartbeat}. */
	private UUID runningRow(String siteId, Instant heartbeat) {
		var id = UUID.randomUUID();
		var at = OffsetDateTime.ofInstant(heartbeat, ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO history_imports (id, site_id, format, file_name, state, rows_read, rows_imported,
				  rows_skipped, days, report, started_by, started_at, heartbeat_at, running_site)
				VALUES (?, ?, 'matomo', 'dump.zip', 'RUNNING', 0, 0, 0, 0, '{}', 'admin', ?, ?, ?)""")
			.params(id, UUID.fromString(siteId), at, at, UUID.fromString(siteId)).update();
		leftovers.add(id);
		return id;
	}

	private String newSite() {
		var domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return read(result).get("id").asString();
	}

	private MvcTestResult upload(String siteId, byte[] body) {
		return mvc.post().uri("/api/v1/sites/{site}/imports?format=matomo&file=dump.zip&wait=true", siteId)
			.with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)).contentType("application/zip").content(body)
			.exchange();
	}

	private JsonNode read(MvcTestResult result) {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}
}
