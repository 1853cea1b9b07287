package io.custodian.collect;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.Consents;
import io.custodian.CustodianTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
class CollectApiIntegrationTests {

	static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	String site;

	String domain;

	@BeforeEach
	void registerSite() {
		domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		site = json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}

	MvcTestResult send(String body) {
		return mvc.post().uri("/api/v1/collect").contentType("text/plain").content(body)
			.header("User-Agent", CHROME_WINDOWS).header("Accept-Language", "de-DE,de;q=0.9")
			.with(r -> {
				r.setRemoteAddr("91.0.0.77");
				return r;
			})
			.exchange();
	}

	@Test
	void storesAPageviewWithEveryFieldEnriched() {
		var consent = Consents.grant(mvc, json, site, "analytics");
		var result = send("""
				{"site":"%s","type":"pageview","url":"https://www.%s/products/shoes?utm_source=newsletter&utm_medium=email",
				 "title":"Shoes","referrer":"https://www.google.com/","screen":"1920x1080","language":"de-DE",
				 "pageview":"a1b2c3d4e5f60718","visitor":"0123456789abcdef","session":"fedcba9876543210",
				 "consent":"%s",
				 "hints":{"platform":"Windows","platformVersion":"15.0.0","mobile":false,
				          "fullVersionList":[{"brand":"Google Chrome","version":"131.0.6778.86"}]}}"""
			.formatted(site, domain, consent));
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isNull();
		Map<String, Object> row = jdbc.sql("SELECT * FROM events WHERE site_id = :site").param("site", UUID.fromString(site))
			.query().singleRow();
		assertThat(row.get("path")).isEqualTo("/products/shoes");
		assertThat(row.get("title")).isEqualTo("Shoes");
		assertThat(row.get("browser")).isEqualTo("Chrome");
		assertThat(row.get("os")).isEqualTo("Windows");
		assertThat(row.get("os_version")).isEqualTo("11");
		assertThat(row.get("device")).isEqualTo("desktop");
		assertThat(row.get("country")).isIn("DE", null);
		assertThat(row.get("ip")).isEqualTo("91.0.0.0");
		assertThat(row.get("language")).isEqualTo("de-DE");
		assertThat(row.get("screen")).isEqualTo("1920x1080");
		assertThat(row.get("channel")).isEqualTo("email");
		assertThat(row.get("visitor_id")).isEqualTo("0123456789abcdef");
		assertThat(row.get("cookieless")).isEqualTo(false);
		assertThat(row.get("bot")).isEqualTo(false);
	}

	@Test
	void storesNothingIdentifyingForAVisitorCookieWithoutConsent() {
		var withdrawn = Consents.grant(mvc, json, site, "marketing");
		for (var consent : new String[] { null, "c_forgedforgedforged.0123456789abcdef", withdrawn }) {
			assertThat(send("""
					{"site":"%s","type":"pageview","url":"https://%s/","visitor":"0123456789abcdef",
					 "session":"fedcba9876543210"%s}""".formatted(site, domain,
					consent == null ? "" : ",\"consent\":\"" + consent + "\""))).hasStatus(HttpStatus.ACCEPTED);
		}
		var rows = jdbc.sql("SELECT visitor_id, session_id, consent_id, cookieless FROM events WHERE site_id = :site")
			.param("site", UUID.fromString(site)).query().listOfRows();
		assertThat(rows).hasSize(3).allSatisfy(row -> {
			assertThat(row.get("visitor_id")).isNotEqualTo("0123456789abcdef");
			assertThat(row.get("session_id")).isNotEqualTo("fedcba9876543210");
			assertThat(row.get("consent_id")).isNull();
			assertThat(row.get("cookieless")).isEqualTo(true);
		});
	}

	@Test
	void countsCookielessVisitorsByADailyHash() {
		send("""
				{"site":"%s","type":"pageview","url":"https://%s/"}""".formatted(site, domain));
		send("""
				{"site":"%s","type":"pageview","url":"https://%s/about"}""".formatted(site, domain));
		var visitors = jdbc.sql("SELECT DISTINCT visitor_id FROM events WHERE site_id = :site")
			.param("site", UUID.fromString(site)).query(String.class).list();
		assertThat(visitors).hasSize(1).allSatisfy(v -> assertThat(v).startsWith("h").doesNotContain("91.0"));
		assertThat(jdbc.sql("SELECT language FROM events WHERE site_id = :site").param("site", UUID.fromString(site))
			.query(String.class).list()).containsOnly("de-DE");
	}

	@Test
	void refusesHitsForUnknownSitesAndForeignPages() {
		assertThat(send("""
				{"site":"%s","type":"pageview","url":"https://%s/"}""".formatted(UUID.randomUUID(), domain)))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("site");
		assertThat(send("""
				{"site":"%s","type":"pageview","url":"https://evil.example/"}""".formatted(site)))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("url");
		assertThat(count()).isZero();
	}

	@Test
	void refusesForgedOrigins() {
		var result = mvc.post().uri("/api/v1/collect").contentType("application/json")
			.header("Origin", "https://attacker.example")
			.content("""
					{"site":"%s","type":"pageview","url":"https://%s/"}""".formatted(site, domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(count()).isZero();
	}

	@Test
	void refusesABatchWithOneBadHitAndStoresNothing() {
		var result = send("""
				{"hits":[{"site":"%1$s","type":"pageview","url":"https://%2$s/"},
				         {"site":"%1$s","type":"teleport","url":"https://%2$s/","screen":"99999x1"}]}"""
			.formatted(site, domain));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("hits[1].type");
		assertThat(count()).isZero();
	}

	@Test
	void refusesEveryKindOfBadInputWithAReason() throws Exception {
		var longUrl = "https://" + domain + "/" + "a".repeat(10_000);
		for (var body : new String[] { "{not json", "[]", "{\"site\":1}", """
				{"site":"%s","type":"pageview","url":"%s"}""".formatted(site, longUrl), """
				{"site":"%s","type":"pageview","url":"javascript:alert(1)"}""".formatted(site), """
				{"site":"%s","type":"teleport","url":"https://%s/"}""".formatted(site, domain), """
				{"site":"%s","type":"action","url":"https://%s/","action":{"kind":"custom"}}""".formatted(site, domain) }) {
			var result = send(body);
			assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).as(body).contains("errors");
		}
		var huge = mvc.post().uri("/api/v1/collect").contentType("application/json").content("{\"a\":\"" + "x".repeat(70_000) + "\"}").exchange();
		assertThat(huge).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(count()).isZero();
	}

	@Test
	void keepsHitsWhoseOptionalFieldsAreOddAndCountsTheFields() {
		double before = dropped();
		var result = send("""
				{"hits":[
				 {"site":"%1$s","type":"pageview","url":"https://%2$s/","screen":"99999x1","language":"<script>"},
				 {"site":"%1$s","type":"pageview","url":"https://%2$s/","title":"a\\u0000b","ts":"yesterday"},
				 {"site":"%1$s","type":"pageview","url":"https://%2$s/","screen":"1366X768","referrer":"android-app://x"},
				 {"site":"%1$s","type":"engagement","url":"https://%2$s/","engagedMs":-4,"pageview":"not valid!"},
				 {"site":"%1$s","type":"action","url":"https://%2$s/","title":7,
				  "action":{"name":"go","kind":"teleport","target":"nowhere","props":[1]}}]}""".formatted(site, domain));
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		var rows = jdbc.sql("SELECT * FROM events WHERE site_id = :site ORDER BY seq").param("site", UUID.fromString(site))
			.query().listOfRows();
		assertThat(rows).hasSize(5);
		assertThat(rows).extracting(r -> r.get("screen")).containsExactly(null, null, "1366x768", null, null);
		assertThat(rows.get(1).get("title")).isEqualTo("a b");
		assertThat(rows.get(4).get("action_kind")).isEqualTo("custom");
		assertThat(dropped() - before).isEqualTo(12);
	}

	double dropped() {
		return meters.find("custodian.collect.fields.dropped").tag("format", "custodian").counters().stream()
			.mapToDouble(c -> c.count()).sum();
	}

	@Test
	void storesScriptPayloadsAsInertText() {
		assertThat(send("""
				{"site":"%s","type":"pageview","url":"https://%s/","title":"<script>alert(1)</script>"}"""
			.formatted(site, domain))).hasStatus(HttpStatus.ACCEPTED);
		assertThat(jdbc.sql("SELECT title FROM events WHERE site_id = :site").param("site", UUID.fromString(site))
			.query(String.class).single()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void storesTextTimesAndNumbersExactlyAsSent() {
		long sentAt = System.currentTimeMillis() - 60_000;
		var result = send("""
				{"hits":[
				 {"site":"%1$s","type":"pageview","url":"https://%2$s/a%%5Cb?q=%%5C","ts":%3$d,
				  "title":"C:\\\\new\\\\table \\\\N ünïcödé 😀 \\"quoted\\""},
				 {"site":"%1$s","type":"action","url":"https://%2$s/a","ts":%3$d,"engagedMs":1234,
				  "action":{"name":"tab\\\\t","kind":"custom","props":{"path":"C:\\\\x","n":3}}}]}"""
			.formatted(site, domain, sentAt));
		assertThat(result).as(() -> new String(result.getResponse().getContentAsByteArray())).hasStatus(HttpStatus.ACCEPTED);
		var rows = jdbc.sql("SELECT * FROM events WHERE site_id = :site ORDER BY type DESC")
			.param("site", UUID.fromString(site)).query().listOfRows();
		assertThat(rows).hasSize(2);
		var pageview = rows.get(0);
		assertThat(pageview.get("title")).isEqualTo("C:\\new\\table \\N ünïcödé 😀 \"quoted\"");
		assertThat(pageview.get("url")).isEqualTo("https://" + domain + "/a%5Cb?q=%5C");
		assertThat(pageview.get("engaged_ms")).isNull();
		assertThat(pageview.get("action_name")).isNull();
		assertThat(jdbc.sql("SELECT occurred_at FROM events WHERE site_id = :site AND type = 'action'")
			.param("site", UUID.fromString(site)).query(OffsetDateTime.class).single().toInstant().toEpochMilli())
			.isEqualTo(sentAt);
		var action = rows.get(1);
		assertThat(action.get("action_name")).isEqualTo("tab\\t");
		assertThat(((Number) action.get("engaged_ms")).intValue()).isEqualTo(1234);
		assertThat((String) action.get("props")).contains("C:\\\\x").contains("\"n\":3");
	}

	@Test
	void flagsBots() {
		var result = mvc.post().uri("/api/v1/collect").contentType("text/plain")
			.header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
			.content("""
					{"site":"%s","type":"pageview","url":"https://%s/"}""".formatted(site, domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(jdbc.sql("SELECT bot FROM events WHERE site_id = :site").param("site", UUID.fromString(site))
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void answersPreflightForAnyOrigin() {
		var result = mvc.options().uri("/api/v1/collect").header("Origin", "https://" + domain)
			.header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("https://" + domain);
	}

	@Test
	void limitsHitsPerAddressWith429AndStoresOnlyAcceptedOnes() throws Exception {
		var hit = """
				{"site":"%s","type":"pageview","url":"https://%s/"}""".formatted(site, domain);
		var refused = new java.util.concurrent.atomic.AtomicReference<MvcTestResult>();
		var accepted = new java.util.concurrent.atomic.AtomicInteger();
		var others = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
		try (var senders = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 2000; i++) {
				senders.submit(() -> {
					if (refused.get() != null) {
						return;
					}
					var result = sendFrom("203.0.113.9", hit);
					switch (result.getResponse().getStatus()) {
						case 429 -> refused.compareAndSet(null, result);
						case 202 -> accepted.incrementAndGet();
						default -> others.add(result.getResponse().getStatus());
					}
				});
			}
		}
		assertThat(others).as("every hit is answered 202 or 429").isEmpty();
		assertThat(refused.get()).as("a 429 within 2,000 hits sent at once at the default 50/s, burst 200").isNotNull();
		assertThat(accepted.get()).isGreaterThanOrEqualTo(200);
		assertThat(refused.get().getResponse().getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.get()).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(count()).isEqualTo(accepted.get());
		assertThat(sendFrom("203.0.113.10", hit)).as("another address is not limited").hasStatus(HttpStatus.ACCEPTED);
	}

	@Test
	void letsTheSitesPagesReadTheAnswerAndTimesIt() {
		double stored = meters.get("custodian.collect.events.stored").counter().count();
		var result = mvc.post().uri("/api/v1/collect").contentType("text/plain").header("Origin", "https://" + domain)
			.header("User-Agent", CHROME_WINDOWS)
			.content("""
					{"site":"%s","type":"pageview","url":"https://%s/"}""".formatted(site, domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(result).bodyJson().extractingPath("$.stored").isEqualTo(1);
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("https://" + domain);
		assertThat(meters.get("custodian.collect.requests").tag("status", "202").timer().count()).isPositive();
		assertThat(meters.get("custodian.collect.events.stored").counter().count() - stored).isEqualTo(1);
	}

	MvcTestResult sendFrom(String address, String body) {
		return mvc.post().uri("/api/v1/collect").contentType("text/plain").content(body)
			.header("User-Agent", CHROME_WINDOWS)
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			})
			.exchange();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site").param("site", UUID.fromString(site))
			.query(Long.class).single();
	}
}
