package io.custodian.history;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Imports each anchor's export, generated in its own format by {@link AnchorExports}, through the API, and reads the
 * totals per day back through the analytics API: they equal what the anchor shows for the same data, once however
 * often the export is imported.
 */
@CustodianTest
class HistoryImportIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	String site;

	@BeforeEach
	void registerSite() {
		var domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		site = read(result).get("id").asString();
	}

	@Test
	void plausibleExportShowsItsTotalsPerDay() {
		var days = AnchorExports.expected(AnchorExports.visits());
		var report = importNow("plausible", "plausible_io_20250304.zip", AnchorExports.plausible(days));
		assertThat(report.get("state").asString()).isEqualTo("DONE");
		assertThat(report.get("rowsSkipped").asLong()).isEqualTo(1);
		var skipped = report.get("skipped").get(0);
		assertThat(skipped.get("file").asString()).startsWith("imported_sources_");
		assertThat(skipped.get("row").asLong()).isEqualTo(days.size() + 2);
		assertThat(skipped.get("column").asString()).isEqualTo("visitors");
		assertTotals(days);
	}

	@Test
	void umamiTablesShowTheirTotalsPerDay() {
		var visits = AnchorExports.visits();
		var report = importNow("umami", "umami.zip", AnchorExports.umami(visits));
		assertThat(report.get("rowsSkipped").asLong()).isEqualTo(1);
		assertThat(report.get("skipped").get(0).get("column").asString()).isEqualTo("created_at");
		assertTotals(AnchorExports.expected(visits));
	}

	@Test
	void matomoDumpsShowTheirTotalsPerDay() {
		var visits = AnchorExports.visits();
		var report = importNow("matomo", "matomo-dump.zip", AnchorExports.matomo(visits));
		assertThat(report.get("rowsSkipped").asLong()).isEqualTo(1);
		assertThat(report.get("skipped").get(0).get("file").asString()).isEqualTo("matomo_log_link_visit_action.tsv");
		assertThat(report.get("skipped").get(0).get("column").asString()).isEqualTo("server_time");
		assertTotals(AnchorExports.expected(visits));
	}

	@Test
	void importingTwiceCountsOnce() {
		var visits = AnchorExports.visits();
		importNow("matomo", "matomo-dump.zip", AnchorExports.matomo(visits));
		importNow("matomo", "matomo-dump.zip", AnchorExports.matomo(visits));
		assertTotals(AnchorExports.expected(visits));
	}

	@Test
	void runsInTheBackgroundWithProgress() throws Exception {
		var result = upload("umami", "umami.zip", AnchorExports.umami(AnchorExports.visits()), false);
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		var id = read(result).get("id").asString();
		JsonNode status = null;
		for (int i = 0; i < 200; i++) {
			status = read(Api.asAdmin(mvc).get("/api/v1/sites/{site}/imports/{id}", site, id).exchange());
			if (!status.get("state").asString().equals("RUNNING")) {
				break;
			}
			Thread.sleep(50);
		}
		assertThat(status.get("state").asString()).isEqualTo("DONE");
		assertThat(status.get("rowsDone").asLong()).isEqualTo(status.get("rowsTotal").asLong()).isPositive();
		assertTotals(AnchorExports.expected(AnchorExports.visits()));
	}

	@Test
	void wrongHeaderIsAProblemNamingFileAndColumnAndImportsNothing() {
		var broken = AnchorExports.zip(Map.of("imported_visitors_20250301_20250303.csv",
				"date,visitors,page_views,bounces,visits,visit_duration\n2025-03-01,1,1,0,1,0\n"));
		var result = upload("plausible", "broken.zip", broken, true);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		var problem = read(result);
		assertThat(problem.get("file").asString()).isEqualTo("imported_visitors_20250301_20250303.csv");
		assertThat(problem.get("column").asString()).isEqualTo("pageviews");
		assertThat(problem.get("row").asLong()).isEqualTo(1);
		assertTotals(Map.of(AnchorExports.FIRST, new AnchorExports.Day(0, 0, 0, 0)));
	}

	@Test
	void brokenCsvFailsTheWholeImportNamingItsRow() {
		var broken = AnchorExports.zip(Map.of("website_event.csv", """
				session_id,visit_id,created_at,url_path,event_type
				a,v1,2025-03-01 10:00:00+00,/,1
				b,v2,"2025-03-01 11:00:00+00,/,1
				"""));
		var result = upload("umami", "umami.zip", broken, true);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		var problem = read(result);
		assertThat(problem.get("file").asString()).isEqualTo("website_event.csv");
		assertThat(problem.get("detail").asString()).contains("not valid CSV");
		assertTotals(Map.of(AnchorExports.FIRST, new AnchorExports.Day(0, 0, 0, 0)));
		var failed = read(Api.asAdmin(mvc).get("/api/v1/sites/{site}/imports", site).exchange()).get(0);
		assertThat(failed.get("state").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failure").get("file").asString()).isEqualTo("website_event.csv");
	}

	@Test
	void refusesCorruptZipsUnknownFormatsAndSites() {
		var corrupt = new byte[] { 'P', 'K', 3, 4, 1, 2, 3 };
		var result = upload("plausible", "export.zip", corrupt, true);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(read(result).get("detail").asString()).contains("export.zip").contains("zip");
		assertThat(upload("piwik", "x.zip", corrupt, true)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(read(upload("piwik", "x.zip", corrupt, true)).get("errors").get(0).get("field").asString())
			.isEqualTo("format");
		assertThat(mvc.post().uri("/api/v1/sites/{site}/imports?format=umami", UUID.randomUUID())
			.with(httpBasic("admin", io.custodian.TestDatabase.ADMIN_PASSWORD)).content(corrupt).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(upload("umami", "empty.csv", new byte[0], true)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void needsTheSitesScope() {
		var analyst = Api.asAdmin(mvc).createStaff("history-analyst", "analyst");
		var result = mvc.post().uri("/api/v1/sites/{site}/imports?format=umami", site)
			.with(httpBasic("history-analyst", "password-of-history-analyst"))
			.content(AnchorExports.umami(AnchorExports.visits())).exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(analyst).isNotNull();
	}

	private JsonNode importNow(String format, String file, byte[] body) {
		var result = upload(format, file, body, true);
		assertThat(result).hasStatus(HttpStatus.OK);
		return read(result);
	}

	private MvcTestResult upload(String format, String file, byte[] body, boolean wait) {
		return mvc.post().uri("/api/v1/sites/{site}/imports?format={format}&file={file}&wait={wait}", site, format,
				file, wait)
			.with(httpBasic("admin", io.custodian.TestDatabase.ADMIN_PASSWORD))
			.contentType("application/zip").content(body).exchange();
	}

	private void assertTotals(Map<LocalDate, AnchorExports.Day> days) {
		var first = days.keySet().stream().min(LocalDate::compareTo).orElseThrow();
		var last = days.keySet().stream().max(LocalDate::compareTo).orElseThrow();
		var series = read(Api.asAdmin(mvc).get("/api/v1/analytics/{site}/timeseries?from={from}&to={to}&interval=day",
				site, first, last).exchange());
		for (var point : series) {
			var day = LocalDate.parse(point.get("start").asString().substring(0, 10));
			var expected = days.get(day);
			assertThat(point.get("visitors").asLong()).as("visitors on %s", day).isEqualTo(expected.visitors());
			assertThat(point.get("visits").asLong()).as("visits on %s", day).isEqualTo(expected.visits());
			assertThat(point.get("pageviews").asLong()).as("pageviews on %s", day).isEqualTo(expected.pageviews());
			assertThat(point.get("imported").asBoolean()).as("imported on %s", day).isEqualTo(expected.visits() > 0);
			var summary = read(Api.asAdmin(mvc).get("/api/v1/analytics/{site}/summary?from={d}&to={d}", site, day, day)
				.exchange()).get("current");
			if (expected.visits() > 0) {
				assertThat(summary.get("bounceRate").asDouble()).as("bounce rate on %s", day)
					.isEqualTo(Math.round(1000.0 * expected.bounces() / expected.visits()) / 10.0);
			}
		}
	}

	private JsonNode read(MvcTestResult result) {
		try {
			return json.readTree(result.getResponse().getContentAsByteArray());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
