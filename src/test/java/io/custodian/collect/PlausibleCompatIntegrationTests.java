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

/** Plausible's tracker and Events API clients pointed at Custodian: bodies shaped as they send them. */
@CustodianTest
@TestPropertySource(properties = "custodian.collect.tracking-token=" + MatomoCompatIntegrationTests.TOKEN)
class PlausibleCompatIntegrationTests {

	static final String UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

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
		site = register(domain);
	}

	UUID register(String domain) {
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	@Test
	void storesAPageviewAndAnswersOk() {
		var result = send("""
				{"n":"pageview","v":27,"u":"https://%1$s/a?x=1&utm_source=news","d":"%1$s","r":"https://search.example/"}"""
			.formatted(domain));
		assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasBodyTextEqualTo("ok").hasContentTypeCompatibleWith("text/plain");
		assertThat(result.getResponse().getHeader("x-plausible-dropped")).isNull();
		var row = singleRow();
		assertThat(row.get("type")).isEqualTo("pageview");
		assertThat(row.get("path")).isEqualTo("/a");
		assertThat(row.get("referrer")).isEqualTo("https://search.example/");
		assertThat(row.get("utm_source")).isEqualTo("news");
		assertThat(row.get("language")).isEqualTo("fr-FR");
		assertThat(row.get("browser")).isEqualTo("Chrome");
		assertThat(row.get("cookieless")).isEqualTo(true);
		assertThat(row.get("ip")).isEqualTo("91.0.0.0");
	}

	@Test
	void storesCustomEventsWithPropsAsObjectOrLegacyString() {
		assertThat(send("""
				{"n":"Signup","v":27,"u":"https://%1$s/a","d":"%1$s","r":null,"p":{"plan":"pro","seats":"3"}}"""
			.formatted(domain))).hasStatus(HttpStatus.ACCEPTED);
		assertThat(send("""
				{"n":"Signup","u":"https://%1$s/a","d":"%1$s","r":null,"w":1440,"p":"{\\"plan\\":\\"pro\\"}"}"""
			.formatted(domain))).hasStatus(HttpStatus.ACCEPTED);
		var rows = rows();
		assertThat(rows).hasSize(2).allSatisfy(row -> {
			assertThat(row.get("type")).isEqualTo("action");
			assertThat(row.get("action_kind")).isEqualTo("custom");
			assertThat(row.get("action_name")).isEqualTo("Signup");
		});
		assertThat(json.readTree((String) rows.get(0).get("props"))).isEqualTo(json.readTree("{\"plan\":\"pro\",\"seats\":\"3\"}"));
		assertThat(json.readTree((String) rows.get(1).get("props"))).isEqualTo(json.readTree("{\"plan\":\"pro\"}"));
	}

	@Test
	void storesOutboundLinksAndDownloadsAsSuchActions() {
		send("""
				{"n":"Outbound Link: Click","v":27,"u":"https://%1$s/a","d":"%1$s","r":null,"p":{"url":"https://other.example/"}}"""
			.formatted(domain));
		send("""
				{"n":"File Download","v":27,"u":"https://%1$s/a","d":"%1$s","r":null,"p":{"url":"https://%1$s/f.pdf"}}"""
			.formatted(domain));
		var rows = rows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("action_kind", "outbound").containsEntry("action_target", "https://other.example/");
		assertThat(rows.get(1)).containsEntry("action_kind", "download")
			.containsEntry("action_target", "https://" + domain + "/f.pdf");
	}

	@Test
	void storesEngagementDeltasAndKeepsTheFragmentInHashMode() {
		var result = send("""
				{"n":"engagement","sd":62,"d":"%1$s","u":"https://%1$s/#/cart","p":{},"e":8342,"v":27,"h":1}"""
			.formatted(domain));
		assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasBodyTextEqualTo("ok");
		var row = singleRow();
		assertThat(row.get("type")).isEqualTo("engagement");
		assertThat(((Number) row.get("engaged_ms")).intValue()).isEqualTo(8342);
		assertThat(row.get("url")).isEqualTo("https://" + domain + "/#/cart");
	}

	@Test
	void acceptsEventsApiRequestsWithLongKeysAsJson() {
		var result = mvc.post().uri("/api/event").contentType("application/json").header("User-Agent", UA)
			.header("X-Forwarded-For", "127.0.0.1")
			.content("""
					{"name":"pageview","url":"http://%1$s/docs#intro","domain":"%1$s"}""".formatted(domain))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasBodyTextEqualTo("ok");
		assertThat(singleRow()).containsEntry("path", "/docs").containsEntry("url", "http://" + domain + "/docs");
	}

	@Test
	void sendsToEveryRegisteredSiteOfACommaSeparatedDomain() {
		var blogDomain = "blog." + domain;
		var blog = register(blogDomain);
		var result = send("""
				{"n":"pageview","u":"https://%1$s/post","d":"%1$s,%2$s,unknown-%3$s.example"}"""
			.formatted(blogDomain, domain, UUID.randomUUID()));
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(result.getResponse().getHeader("x-plausible-dropped")).isEqualTo("1");
		assertThat(count()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site").param("site", blog).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void marksBotHitsAsDropped() {
		var result = mvc.post().uri("/api/event").contentType("text/plain")
			.header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
			.content("""
					{"n":"pageview","u":"https://%1$s/","d":"%1$s"}""".formatted(domain))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.ACCEPTED).hasBodyTextEqualTo("ok");
		assertThat(result.getResponse().getHeader("x-plausible-dropped")).isEqualTo("1");
		assertThat(singleRow().get("bot")).isEqualTo(true);
	}

	@Test
	void refusesUnknownSitesForeignPagesAndMalformedBodiesWithAReason() throws Exception {
		var longUrl = "https://" + domain + "/" + "a".repeat(10_000);
		for (var body : List.of("{not json", "[]", "\"pageview\"",
				"{\"n\":\"pageview\",\"u\":\"https://%1$s/\",\"d\":\"unknown-%2$s.example\"}".formatted(domain, UUID.randomUUID()),
				"{\"n\":\"pageview\",\"u\":\"https://evil.example/\",\"d\":\"%s\"}".formatted(domain),
				"{\"u\":\"https://%1$s/\",\"d\":\"%1$s\"}".formatted(domain),
				"{\"n\":{\"a\":1},\"u\":\"https://%1$s/\",\"d\":\"%1$s\"}".formatted(domain),
				"{\"n\":\"pageview\",\"d\":\"%1$s\"}".formatted(domain),
				"{\"n\":\"pageview\",\"u\":42,\"d\":\"%1$s\"}".formatted(domain),
				"{\"n\":\"pageview\",\"u\":\"%2$s\",\"d\":\"%1$s\"}".formatted(domain, longUrl),
				"{\"n\":\"pageview\",\"u\":\"data:text/html,hi\",\"d\":\"%1$s\"}".formatted(domain),
				"{\"n\":\"pageview\",\"u\":\"https://%1$s/\",\"d\":\"\"}".formatted(domain),
				"{\"n\":\"engagement\",\"u\":\"https://%1$s/\",\"d\":\"%1$s\"}".formatted(domain),
				"{\"n\":\"%2$s\",\"u\":\"https://%1$s/\",\"d\":\"%1$s\"}".formatted(domain, "x".repeat(121)))) {
			var result = send(body);
			assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).as(body).contains("errors");
		}
		var huge = mvc.post().uri("/api/event").contentType("text/plain")
			.content("{\"n\":\"pageview\",\"u\":\"https://" + domain + "/\",\"x\":\"" + "x".repeat(70_000) + "\"}")
			.exchange();
		assertThat(huge).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(count()).isZero();
	}

	@Test
	void keepsTheEventWhenAnOptionalFieldIsOddAndCountsTheField() {
		double before = dropped("h") + dropped("props") + dropped("referrer") + dropped("e");
		for (var odd : List.of("\"h\":1e308", "\"h\":2", "\"h\":99999999999999999999999", "\"h\":1.5",
				"\"p\":[1,2]", "\"p\":\"{broken\"", "\"r\":42")) {
			var body = "{\"n\":\"Signup\",\"u\":\"https://%1$s/a#x\",\"d\":\"%1$s\",%2$s}".formatted(domain, odd);
			assertThat(send(body)).as(body).hasStatus(HttpStatus.ACCEPTED);
		}
		var engagement = "{\"n\":\"engagement\",\"u\":\"https://%1$s/\",\"d\":\"%1$s\",\"sd\":40,\"e\":\"soon\"}"
			.formatted(domain);
		assertThat(send(engagement)).hasStatus(HttpStatus.ACCEPTED);
		assertThat(rows()).hasSize(8).extracting(r -> r.get("path")).containsOnly("/a", "/");
		assertThat(rows().subList(0, 7)).extracting(r -> r.get("url")).as("no hash mode: the fragment is left out")
			.containsOnly("https://" + domain + "/a");
		assertThat(dropped("h") + dropped("props") + dropped("referrer") + dropped("e") - before).isEqualTo(8);
	}

	double dropped(String field) {
		var counter = meters.find("custodian.collect.fields.dropped").tags("format", "plausible", "field", field)
			.counter();
		return counter == null ? 0 : counter.count();
	}

	MvcTestResult send(String body) {
		return mvc.post().uri("/api/event").contentType("text/plain").header("User-Agent", UA)
			.header("X-Forwarded-For", "203.0.113.9").header("Accept-Language", "fr-FR,fr;q=0.9").content(body)
			.with(r -> {
				r.setRemoteAddr("91.0.0.77");
				return r;
			})
			.exchange();
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
