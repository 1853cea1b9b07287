package io.custodian.analytics;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.analytics.internal.RollupJob;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A new Europe/Berlin site fed through the anchors' real endpoints (Umami {@code /api/send}, Matomo
 * {@code /matomo.php}, Plausible {@code /api/event}) and read back through the analytics API, over yesterday and today.
 */
final class AnalyticsHits {

	/** Two filters: answered from raw events, not from the rollups. */
	static final String RAW = "filter=browser:Chrome&filter=device:desktop";

	static final String TOKEN = "33dc3f2536d3025974cccb4b4d2d98f4";

	static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/124.0 Safari/537.36";

	static final String MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/124.0 Safari/537.36";

	private final MockMvcTester mvc;

	private final JsonMapper json;

	private final RollupJob rollups;

	final UUID site;

	final int trackingId;

	final String domain;

	AnalyticsHits(MockMvcTester mvc, JsonMapper json, RollupJob rollups) {
		this.mvc = mvc;
		this.json = json;
		this.rollups = rollups;
		domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		var created = json.readTree(result.getResponse().getContentAsByteArray());
		site = UUID.fromString(created.get("id").asString());
		trackingId = created.get("trackingId").asInt();
	}

	/** An Umami event body ({@code payload} fields after website and hostname) from one address. */
	void umami(String address, String payload) {
		var result = mvc.post().uri("/api/send").contentType("application/json").header("User-Agent", WINDOWS)
			.with(from(address))
			.content("""
					{"type":"event","payload":{"website":"%s","hostname":"%s",%s}}""".formatted(site, domain, payload))
			.exchange();
		assertThat(result).hasStatusOk();
	}

	/** A Matomo tracking request (parameters after idsite, rec and the token that allows cdt). */
	void matomo(String address, String parameters) {
		var result = mvc.get().uri(URI.create("/matomo.php?idsite=" + trackingId + "&rec=1&send_image=0&token_auth="
				+ TOKEN + "&" + parameters)).header("User-Agent", WINDOWS).with(from(address)).exchange();
		assertThat(result.getResponse().getStatus()).isBetween(200, 204);
	}

	/** A Plausible event body from one address and browser. */
	void plausible(String address, String userAgent, String body) {
		var result = mvc.post().uri("/api/event").contentType("text/plain").header("User-Agent", userAgent)
			.with(from(address)).content(body).exchange();
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
	}

	/** The request as if sent from this address (the socket peer). */
	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	void rollUp() {
		rollups.catchUpUntil(java.time.Instant.now().plusSeconds(60));
	}

	LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Berlin"));
	}

	/** GET of the analytics API over yesterday and today; {@code query} adds parameters. */
	JsonNode get(String path, String query) {
		var uri = "/api/v1/analytics/" + site + path + "?from=" + today().minusDays(1) + "&to=" + today()
				+ (query.isEmpty() ? "" : "&" + query);
		var result = mvc.get().uri(uri).with(user("admin").authorities(() -> "SCOPE_analytics:read")).exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	MvcTestResult raw(String uri) {
		return mvc.get().uri(uri).with(user("admin").authorities(() -> "SCOPE_analytics:read")).exchange();
	}

	/** The row of a value in a breakdown. */
	static JsonNode row(JsonNode rows, String value) {
		for (var row : rows) {
			if (row.get("value").asString().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("no row " + value + " in " + rows);
	}
}
