package io.custodian.collect;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Umami's tracker pointed at Custodian: the preflight and the JSON bodies exactly as the browser sends them. */
@CustodianTest
@TestPropertySource(properties = "custodian.collect.tracking-token=" + MatomoCompatIntegrationTests.TOKEN)
class UmamiCompatIntegrationTests {

	static final String UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	UUID site;

	String domain;

	@BeforeEach
	void registerSite() {
		domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		site = UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	@Test
	void answersTheBrowsersPreflight() {
		var origin = "https://" + domain;
		var result = mvc.options().uri("/api/send").header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,x-umami-cache,x-umami-website-id,x-umami-hostname")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo(origin);
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("x-umami-cache");
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Methods")).contains("POST");
	}

	@Test
	void storesAPageviewAndAnswersWithACacheToken() {
		var result = send("""
				{"type":"event","payload":{"website":"%1$s","screen":"1920x1080","language":"en-US","title":"Page A",\
				"hostname":"%2$s","url":"https://%2$s/a?x=1","referrer":"https://search.example/"}}""".formatted(site, domain),
				null);
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("https://" + domain);
		var answer = json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(answer.get("cache").asString()).isNotBlank();
		assertThat(answer.get("sessionId").asString()).isNotBlank();
		assertThat(answer.get("visitId").asString()).isNotBlank();
		var row = singleRow();
		assertThat(row.get("type")).isEqualTo("pageview");
		assertThat(row.get("url")).isEqualTo("https://" + domain + "/a?x=1");
		assertThat(row.get("path")).isEqualTo("/a");
		assertThat(row.get("title")).isEqualTo("Page A");
		assertThat(row.get("referrer")).isEqualTo("https://search.example/");
		assertThat(row.get("screen")).isEqualTo("1920x1080");
		assertThat(row.get("language")).isEqualTo("en-US");
		assertThat(row.get("browser")).isEqualTo("Chrome");
		assertThat(row.get("ip")).isEqualTo("91.0.0.0");
	}

	@Test
	void storesACustomEventWithDataAndAPathOnlyUrlReSendingTheCacheToken() {
		var first = send("""
				{"type":"event","payload":{"website":"%s","hostname":"%s","url":"/","title":"Home"}}""".formatted(site, domain),
				null);
		var cache = json.readTree(first.getResponse().getContentAsByteArray()).get("cache").asString();
		var result = send("""
				{"type":"event","payload":{"website":"%1$s","screen":"1920x1080","language":"en-US","title":"Page%%20A",\
				"hostname":"%2$s","url":"/a?x=1","referrer":"","name":"signup-button","data":{"plan":"pro","seats":3}}}"""
			.formatted(site, domain), cache);
		assertThat(result).hasStatusOk();
		assertThat(json.readTree(result.getResponse().getContentAsByteArray()).has("cache")).isTrue();
		var row = rows().get(1);
		assertThat(row.get("type")).isEqualTo("action");
		assertThat(row.get("action_kind")).isEqualTo("custom");
		assertThat(row.get("action_name")).isEqualTo("signup-button");
		assertThat(row.get("url")).isEqualTo("https://" + domain + "/a?x=1");
		assertThat(row.get("title")).isEqualTo("Page A");
		assertThat(row.get("referrer")).isNull();
		assertThat(json.readTree((String) row.get("props"))).isEqualTo(json.readTree("{\"plan\":\"pro\",\"seats\":3}"));
	}

	@Test
	void acknowledgesIdentifyWithoutStoringAnything() {
		var result = send("""
				{"type":"identify","payload":{"website":"%s","hostname":"%s","url":"/a","id":"user-123","data":{"plan":"pro"}}}"""
			.formatted(site, domain), null);
		assertThat(result).hasStatusOk();
		assertThat(json.readTree(result.getResponse().getContentAsByteArray()).has("cache")).isTrue();
		assertThat(count()).isZero();
	}

	@Test
	void answersBotsWithBeepBoop() {
		var result = mvc.post().uri("/api/send").contentType("application/json")
			.header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)")
			.content("""
					{"type":"event","payload":{"website":"%s","hostname":"%s","url":"/"}}""".formatted(site, domain))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(json.readTree(result.getResponse().getContentAsByteArray()))
			.isEqualTo(json.readTree("{\"beep\":\"boop\"}"));
		assertThat(singleRow().get("bot")).isEqualTo(true);
	}

	@Test
	void refusesUnknownSitesForeignPagesAndMalformedBodiesWithAReason() throws Exception {
		var longPath = "/" + "a".repeat(10_000);
		for (var body : List.of("{not json", "[]", "{\"type\":\"event\"}",
				"{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"hostname\":\"%s\",\"url\":\"/\"}}".formatted(UUID.randomUUID(), domain),
				"{\"type\":\"event\",\"payload\":{\"website\":\"not-a-uuid\",\"hostname\":\"%s\",\"url\":\"/\"}}".formatted(domain),
				"{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"hostname\":\"evil.example\",\"url\":\"/\"}}".formatted(site),
				"{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"url\":\"https://evil.example/\"}}".formatted(site),
				"{\"type\":\"teleport\",\"payload\":{\"website\":\"%s\",\"hostname\":\"%s\",\"url\":\"/\"}}".formatted(site, domain),
				"{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"hostname\":\"%s\",\"url\":42}}".formatted(site, domain),
				"{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"hostname\":\"%s\",\"url\":\"%s\"}}".formatted(site, domain, longPath),
				"{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"hostname\":\"%s\",\"url\":\"/\",\"name\":\"=cmd\"}}".formatted(site, domain),
				"{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"url\":\"/\"}}".formatted(site))) {
			var result = send(body, null);
			assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).as(body).contains("errors");
		}
		var huge = mvc.post().uri("/api/send").contentType("application/json")
			.content("{\"type\":\"event\",\"x\":\"" + "x".repeat(70_000) + "\"}").exchange();
		assertThat(huge).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(count()).isZero();
	}

	@Test
	void keepsTheHitWhenAnOptionalFieldIsOddAndCountsTheField() {
		double before = dropped("screen", "dropped") + dropped("screen", "normalised");
		for (var odd : List.of("\"screen\":\"0x0\"", "\"screen\":\"50x50\"", "\"screen\":\"1920X1080\"",
				"\"screen\":\"big\"", "\"screen\":1920", "\"language\":\"<script>\"", "\"title\":\"a\\u0000b\"",
				"\"timestamp\":99999999999999999", "\"name\":\"x\",\"data\":[1]", "\"engagement\":-5",
				"\"referrer\":{}")) {
			var body = "{\"type\":\"event\",\"payload\":{\"website\":\"%s\",\"hostname\":\"%s\",\"url\":\"/p\",%s}}"
				.formatted(site, domain, odd);
			assertThat(send(body, null)).as(body).hasStatusOk();
		}
		assertThat(count()).isEqualTo(11);
		assertThat(rows().subList(0, 5)).extracting(r -> r.get("screen"))
			.containsExactly(null, null, "1920x1080", null, null);
		assertThat(dropped("screen", "dropped") + dropped("screen", "normalised") - before).isEqualTo(4);
	}

	double dropped(String field, String action) {
		var counter = meters.find("custodian.collect.fields.dropped").tags("format", "umami", "field", field, "action",
				action).counter();
		return counter == null ? 0 : counter.count();
	}

	MvcTestResult send(String body, String cache) {
		var request = mvc.post().uri("/api/send").contentType("application/json").header("User-Agent", UA)
			.header("Origin", "https://" + domain).content(body).with(r -> {
				r.setRemoteAddr("91.0.0.77");
				return r;
			});
		if (cache != null) {
			request = request.header("x-umami-cache", cache);
		}
		return request.exchange();
	}

	List<Map<String, Object>> rows() {
		return jdbc.sql("SELECT * FROM events WHERE site_id = :site ORDER BY seq").param("site", site).query().listOfRows();
	}

	Map<String, Object> singleRow() {
		return jdbc.sql("SELECT * FROM events WHERE site_id = :site").param("site", site).query().singleRow();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site").param("site", site).query(Long.class).single();
	}
}
