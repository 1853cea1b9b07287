package io.custodian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Step (c) of the dashboard benchmark: the six dashboard queries, named after the analytics API they stand for.
 * {@code BENCH_DASHBOARD=raw} (default) runs them as SQL on raw {@code events} ("raw events (no rollups)");
 * {@code BENCH_DASHBOARD=api} calls {@code GET /api/v1/analytics/{siteId}/...} on a running server
 * ({@code BENCH_API_BASE}, default {@code http://127.0.0.1:18080}; admin password {@code BENCH_ADMIN_PASSWORD}) that
 * uses the same database, once the analytics module is merged.
 */
public interface DashboardQueries {

	/**
	 * summary, timeseries by day, breakdowns by page, source and country, the page breakdown filtered by country=DE
	 * and the source breakdown filtered by country=DE and browser=Chrome (page_de, source_de_chrome: filters the
	 * rollups cannot answer; the API computes a segment's days from raw events on first use and archives them).
	 */
	List<String> QUERIES = List.of("summary", "timeseries", "page", "source", "country", "page_de",
			"source_de_chrome");

	String label();

	void run(String query, UUID site, LocalDate from, LocalDate to) throws Exception;

	/** The first run of a query, which may compute and archive what later runs read ({@code run} by default). */
	default void runFirst(String query, UUID site, LocalDate from, LocalDate to) throws Exception {
		run(query, site, from, to);
	}

	static DashboardQueries selected(BenchDatabases db) {
		var name = System.getenv().getOrDefault("BENCH_DASHBOARD", "raw");
		return name.equals("api") ? new AnalyticsApi() : new RawEvents(db);
	}

	/** SQL on the raw events table, the same on H2 and PostgreSQL; every row of the answer is read. */
	final class RawEvents implements DashboardQueries {

		private static final String RANGE = " FROM events WHERE site_id = ? AND occurred_at >= ? AND occurred_at < ?"
				+ " AND type = 'pageview' AND bot = FALSE";

		private final BenchDatabases db;

		RawEvents(BenchDatabases db) {
			this.db = db;
		}

		@Override
		public String label() {
			return "raw events (no rollups)";
		}

		static String sql(String query) {
			return switch (query) {
				case "summary" -> "SELECT COUNT(*), COUNT(DISTINCT visitor_id), COUNT(DISTINCT session_id)" + RANGE;
				case "timeseries" -> "SELECT CAST(occurred_at AS DATE) AS d, COUNT(*), COUNT(DISTINCT visitor_id)" + RANGE
						+ " GROUP BY CAST(occurred_at AS DATE) ORDER BY d";
				case "page" -> breakdown("path");
				case "source" -> breakdown("source");
				case "country" -> breakdown("country");
				case "page_de" -> breakdown("path").replace(" GROUP BY", " AND country = 'DE' GROUP BY");
				case "source_de_chrome" ->
					breakdown("source").replace(" GROUP BY", " AND country = 'DE' AND browser = 'Chrome' GROUP BY");
				default -> throw new IllegalArgumentException(query);
			};
		}

		private static String breakdown(String column) {
			return "SELECT " + column + ", COUNT(*) AS pageviews, COUNT(DISTINCT visitor_id) AS visitors" + RANGE
					+ " GROUP BY " + column + " ORDER BY pageviews DESC LIMIT 10";
		}

		@Override
		public void run(String query, UUID site, LocalDate from, LocalDate to) throws Exception {
			try (var c = db.connect(); var s = c.prepareStatement(sql(query))) {
				s.setQueryTimeout((int) BenchDatabases.env("BENCH_QUERY_TIMEOUT", 30));
				s.setObject(1, site);
				s.setObject(2, from.atStartOfDay().atOffset(ZoneOffset.UTC));
				s.setObject(3, to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
				try (var r = s.executeQuery()) {
					int columns = r.getMetaData().getColumnCount();
					while (r.next()) {
						for (int i = 1; i <= columns; i++) {
							r.getObject(i);
						}
					}
				}
			}
		}
	}

	/** The analytics module's HTTP API (not on this branch yet). */
	final class AnalyticsApi implements DashboardQueries {

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		private final String base = System.getenv().getOrDefault("BENCH_API_BASE", "http://127.0.0.1:18080");

		private final String basic = "Basic " + Base64.getEncoder().encodeToString(
				("admin:" + System.getenv().getOrDefault("BENCH_ADMIN_PASSWORD", "")).getBytes(StandardCharsets.UTF_8));

		/** An API token, as a dashboard client would use: HTTP Basic costs a bcrypt check on every request. */
		private String auth;

		@Override
		public String label() {
			return "analytics API (rollups)";
		}

		private String token() throws Exception {
			if (auth == null) {
				var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
					.header("Authorization", basic).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scopes\":[\"analytics:read\"]}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				var secret = java.util.regex.Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(response.body());
				if (response.statusCode() != 201 || !secret.find()) {
					throw new IllegalStateException("no API token: " + response.statusCode());
				}
				auth = "Bearer " + secret.group(1);
			}
			return auth;
		}

		@Override
		public void run(String query, UUID site, LocalDate from, LocalDate to) throws Exception {
			call(query, site, from, to, BenchDatabases.env("BENCH_QUERY_TIMEOUT", 30));
		}

		/** First use of a filter computes its segment's days from raw events: {@code BENCH_FIRST_USE_TIMEOUT} (600 s). */
		@Override
		public void runFirst(String query, UUID site, LocalDate from, LocalDate to) throws Exception {
			call(query, site, from, to, BenchDatabases.env("BENCH_FIRST_USE_TIMEOUT", 600));
		}

		private void call(String query, UUID site, LocalDate from, LocalDate to, long timeoutSeconds) throws Exception {
			var range = "?from=" + from + "&to=" + to;
			var path = switch (query) {
				case "summary" -> "/summary" + range;
				case "timeseries" -> "/timeseries" + range + "&interval=day";
				case "page_de" -> "/breakdown/page" + range + "&filter=country:DE";
				case "source_de_chrome" -> "/breakdown/source" + range + "&filter=country:DE&filter=browser:Chrome";
				default -> "/breakdown/" + query + range;
			};
			var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/analytics/" + site + path))
				.header("Authorization", token()).timeout(Duration.ofSeconds(timeoutSeconds)).GET().build();
			var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
			}
		}
	}
}
