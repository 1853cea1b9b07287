package io.custodian.collect;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
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

/** Matomo's tracker and tracking-API clients pointed at Custodian: requests shaped as piwik.js sends them. */
@CustodianTest
@TestPropertySource(properties = "custodian.collect.tracking-token=" + MatomoCompatIntegrationTests.TOKEN)
class MatomoCompatIntegrationTests {

	static final String TOKEN = "33dc3f2536d3025974cccb4b4d2d98f4";

	static final String CHROME_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

	static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	UUID site;

	int idsite;

	String domain;

	String page;

	@BeforeEach
	void registerSite() {
		domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["%s"],"timeZone":"Europe/Berlin"}""".formatted(domain)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		var created = json.readTree(result.getResponse().getContentAsByteArray());
		site = UUID.fromString(created.get("id").asString());
		idsite = created.get("trackingId").asInt();
		page = enc("https://" + domain + "/a");
	}

	@Test
	void storesAPageviewSentAsAnImageRequest() {
		var result = get("/matomo.php?action_name=Page%20A&idsite=" + idsite + "&rec=1&r=482913&h=14&m=3&s=27&url="
				+ enc("https://" + domain + "/a?x=1") + "&urlref=https%3A%2F%2Fsearch.example%2F&_id=3b1f0c9e7a6d5e21"
				+ "&_idn=0&send_image=0&_refts=0&res=1920x1080&cookie=1&pv_id=Ab3dE9&pf_net=0&pf_srv=12&pf_tfr=3"
				+ "&pf_dm1=140&pf_dm2=30&pf_onl=1&lang=de-DE,de;q%3D0.9");
		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		var row = singleRow();
		assertThat(row.get("type")).isEqualTo("pageview");
		assertThat(row.get("path")).isEqualTo("/a");
		assertThat(row.get("url")).isEqualTo("https://" + domain + "/a?x=1");
		assertThat(row.get("title")).isEqualTo("Page A");
		assertThat(row.get("referrer")).isEqualTo("https://search.example/");
		assertThat(row.get("screen")).isEqualTo("1920x1080");
		assertThat(row.get("language")).isEqualTo("de-DE");
		assertThat(row.get("pageview_id")).isEqualTo("Ab3dE9");
		assertThat(row.get("visitor_id")).as("no consent covers the _id cookie").isNotEqualTo("3b1f0c9e7a6d5e21");
		assertThat(row.get("cookieless")).isEqualTo(true);
		assertThat(row.get("browser")).isEqualTo("Chrome");
		assertThat(row.get("ip")).isEqualTo("91.0.0.0");
	}

	@Test
	void acceptsTheBeaconWithParametersInTheQueryAndAnEmptyBody() {
		var origin = "https://" + domain;
		var result = mvc.post()
			.uri(URI.create("/matomo.php?action_name=Page%20A&idsite=" + idsite + "&rec=1&r=482913&url=" + page
					+ "&_id=3b1f0c9e7a6d5e21&send_image=0&pv_id=Ab3dE9"))
			.contentType(FORM).header("Origin", origin).header("User-Agent", CHROME_LINUX).content(new byte[0])
			.exchange();
		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo(origin);
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(singleRow().get("title")).isEqualTo("Page A");
	}

	@Test
	void storesAnEventPostedAsAFormBodyToPiwikPhp() {
		var result = mvc.post().uri("/piwik.php").header("Origin", "https://" + domain).contentType(FORM)
			.header("User-Agent", CHROME_LINUX)
			.content("e_c=Videos&e_a=Play&e_n=Intro&e_v=12.5&idsite=" + idsite + "&rec=1&r=118273&h=14&m=4&s=2&url="
					+ page + "&_id=3b1f0c9e7a6d5e21&send_image=0&pv_id=Ab3dE9&ca=1")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(result.getResponse().getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
		var row = singleRow();
		assertThat(row.get("type")).isEqualTo("action");
		assertThat(row.get("action_kind")).isEqualTo("event");
		assertThat(row.get("action_name")).isEqualTo("Videos/Play");
		assertThat(json.readTree((String) row.get("props")))
			.isEqualTo(json.readTree("{\"category\":\"Videos\",\"action\":\"Play\",\"name\":\"Intro\",\"value\":12.5}"));
		assertThat(row.get("pageview_id")).isEqualTo("Ab3dE9");
	}

	@Test
	void letsTheQueryWinOverTheFormBody() {
		var result = mvc.post().uri(URI.create("/matomo.php?action_name=FromQuery&send_image=0")).contentType(FORM)
			.content("action_name=FromBody&idsite=" + idsite + "&rec=1&url=" + page).exchange();
		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(singleRow().get("title")).isEqualTo("FromQuery");
	}

	@Test
	void storesOutlinksDownloadsSearchesAndHeartbeats() {
		assertThat(get("/matomo.php?action_name=A&idsite=" + idsite + "&rec=1&url=" + page
				+ "&_id=3b1f0c9e7a6d5e21&send_image=0&pv_id=Ab3dE9")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/matomo.php?link=https%3A%2F%2Fother.example%2F&idsite=" + idsite + "&rec=1&r=1&url=" + page
				+ "&_id=3b1f0c9e7a6d5e21&send_image=0&pv_id=Ab3dE9")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/matomo.php?download=" + enc("https://" + domain + "/f.pdf") + "&idsite=" + idsite
				+ "&rec=1&r=2&url=" + page + "&send_image=0&pv_id=Ab3dE9")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/matomo.php?search=boots&search_cat=shoes&search_count=12&idsite=" + idsite + "&rec=1&r=3&url="
				+ enc("https://" + domain + "/search?q=boots") + "&send_image=0&pv_id=Zz9yX8"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/matomo.php?ping=1&idsite=" + idsite + "&rec=1&r=4&url=" + page
				+ "&_id=3b1f0c9e7a6d5e21&send_image=0&pv_id=Ab3dE9")).hasStatus(HttpStatus.NO_CONTENT);

		var rows = jdbc.sql("SELECT * FROM events WHERE site_id = :site ORDER BY seq").param("site", site).query().listOfRows();
		assertThat(rows).extracting(r -> r.get("type"))
			.containsExactly("pageview", "action", "action", "action", "engagement");
		assertThat(rows.get(1)).containsEntry("action_kind", "outbound").containsEntry("action_target", "https://other.example/");
		assertThat(rows.get(2)).containsEntry("action_kind", "download")
			.containsEntry("action_target", "https://" + domain + "/f.pdf");
		assertThat(rows.get(3)).containsEntry("action_kind", "search").containsEntry("action_name", "boots")
			.containsEntry("path", "/search");
		assertThat(json.readTree((String) rows.get(3).get("props")))
			.isEqualTo(json.readTree("{\"keyword\":\"boots\",\"category\":\"shoes\",\"count\":12}"));
		assertThat(rows.get(4)).containsEntry("pageview_id", "Ab3dE9");
		assertThat(((Number) rows.get(4).get("engaged_ms")).intValue()).isBetween(0, 60_000);
	}

	@Test
	void storesGoalConversionsAndEcommerceOrdersAsGoalActions() {
		assertThat(get("/matomo.php?idgoal=3&revenue=9.5&idsite=" + idsite + "&rec=1&url=" + page
				+ "&_id=3b1f0c9e7a6d5e21&send_image=0&pv_id=Ab3dE9")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/matomo.php?idgoal=0&ec_id=A-17&revenue=42&idsite=" + idsite + "&rec=1&url=" + page
				+ "&send_image=0")).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/matomo.php?idgoal=x&idsite=" + idsite + "&rec=1&url=" + page + "&send_image=0"))
			.hasStatus(HttpStatus.BAD_REQUEST);

		var rows = jdbc.sql("SELECT * FROM events WHERE site_id = :site ORDER BY seq").param("site", site).query().listOfRows();
		assertThat(rows).extracting(r -> r.get("action_kind")).containsExactly("goal", "goal");
		assertThat(rows).extracting(r -> r.get("action_name")).containsExactly("Goal 3", "Ecommerce order");
		assertThat(json.readTree((String) rows.get(0).get("props")))
			.isEqualTo(json.readTree("{\"goal\":3,\"revenue\":9.5}"));
		assertThat(json.readTree((String) rows.get(1).get("props")))
			.isEqualTo(json.readTree("{\"goal\":0,\"revenue\":42.0,\"order\":\"A-17\"}"));
	}

	@Test
	void answersATransparentGifWithoutSendImage() {
		var result = get("/matomo.php?idsite=" + idsite + "&rec=1&url=" + enc("https://" + domain + "/"));
		assertThat(result).hasStatusOk().hasContentType("image/gif");
		assertThat(result.getResponse().getContentAsByteArray()).hasSize(43)
			.isEqualTo(Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="));
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void answersABareRequestWithAnInformationPageAndIgnoresRecZero() {
		var bare = get("/matomo.php");
		assertThat(bare).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		assertThat(get("/matomo.php?idsite=" + idsite + "&rec=0&url=" + page + "&send_image=0"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(count()).isZero();
	}

	@Test
	void tracksABulkRequestAsPiwikJsSendsIt() {
		var result = mvc.post().uri("/matomo.php").contentType(FORM).header("User-Agent", CHROME_LINUX)
			.header("Origin", "https://" + domain)
			.content("""
					{"requests":["?action_name=A&idsite=%1$d&rec=1&url=%2$s&_id=3b1f0c9e7a6d5e21&send_image=0",\
					"?e_c=Cat&e_a=Act&idsite=%1$d&rec=1&url=%2$s&_id=3b1f0c9e7a6d5e21&send_image=0"]}"""
				.formatted(idsite, page))
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(json.readTree(result.getResponse().getContentAsByteArray()))
			.isEqualTo(json.readTree("{\"status\":\"success\",\"tracked\":2,\"invalid\":0}"));
		assertThat(jdbc.sql("SELECT type FROM events WHERE site_id = :site ORDER BY seq").param("site", site)
			.query(String.class).list()).containsExactly("pageview", "action");
	}

	@Test
	void countsInvalidBulkItemsAndStoresTheOthers() {
		var result = mvc.post().uri("/matomo.php").contentType("text/plain")
			.content("""
					{"requests":["?idsite=%1$d&rec=1&url=%2$s","?idsite=999999&rec=1&url=%2$s",\
					{"idsite":%1$d,"rec":1,"url":"https://%3$s/b","action_name":"B"}]}""".formatted(idsite, page, domain))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(json.readTree(result.getResponse().getContentAsByteArray()))
			.isEqualTo(json.readTree("{\"status\":\"success\",\"tracked\":2,\"invalid\":1}"));
		assertThat(count()).isEqualTo(2);

		var silent = mvc.post().uri("/matomo.php").contentType("text/plain")
			.content("{\"requests\":[\"?idsite=%d&rec=1&url=%s\"],\"send_image\":0}".formatted(idsite, page)).exchange();
		assertThat(silent).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(count()).isEqualTo(3);
	}

	@Test
	void usesIpUserAgentAndTimeOverridesOnlyWithTheToken() {
		var cdt = Instant.now().minus(2, ChronoUnit.HOURS).getEpochSecond();
		var result = mvc.post().uri("/matomo.php").contentType("application/json")
			.with(r -> {
				r.setRemoteAddr("91.0.0.77");
				return r;
			})
			.content("""
					{"requests":["?idsite=%d&rec=1&url=%s&action_name=Home&cip=203.0.113.9&cdt=%d&ua=Mozilla%%2F5.0%%20(compatible%%3B%%20Googlebot%%2F2.1)"],\
					"token_auth":"%s"}""".formatted(idsite, page, cdt, TOKEN))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(json.readTree(result.getResponse().getContentAsByteArray()))
			.isEqualTo(json.readTree("{\"status\":\"success\",\"tracked\":1,\"invalid\":0,\"invalid_indices\":[]}"));
		var row = singleRow();
		assertThat(row.get("ip")).isEqualTo("203.0.113.0");
		assertThat(row.get("bot")).isEqualTo(true);
		var at = jdbc.sql("SELECT occurred_at FROM events WHERE site_id = :site").param("site", site)
			.query(OffsetDateTime.class).single();
		assertThat(at.toInstant()).isEqualTo(Instant.ofEpochSecond(cdt));
	}

	@Test
	void honoursUaWithoutATokenEvenWithoutAUserAgentHeader() {
		var result = mvc.get().uri(URI.create("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page
				+ "&ua=" + enc(CHROME_LINUX))).exchange();
		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		var row = singleRow();
		assertThat(row.get("bot")).as("the ua parameter replaces the missing header").isEqualTo(false);
		assertThat(row.get("browser")).isEqualTo("Chrome");
		assertThat(row.get("os")).isEqualTo("Linux");
	}

	@Test
	void countsAHitWithoutAnyUserAgentAsAVisitorOfUnknownDeviceAsMatomoDoes() {
		assertThat(mvc.get().uri(URI.create("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page))
			.exchange()).hasStatus(HttpStatus.NO_CONTENT);
		var row = singleRow();
		assertThat(row.get("bot")).as("DeviceDetector finds no bot in an empty User-Agent").isEqualTo(false);
		assertThat(row.get("device")).isEqualTo("other");
		assertThat(row.get("browser")).isNull();
	}

	@Test
	void letsLangOverrideAcceptLanguage() {
		var result = mvc.get().uri(URI.create("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page
				+ "&lang=" + enc("de-CH,de;q=0.9"))).header("User-Agent", CHROME_LINUX)
			.header("Accept-Language", "fr-FR,fr;q=0.8").exchange();
		assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(singleRow().get("language")).isEqualTo("de-CH");
		for (var odd : List.of(",", ";")) {
			assertThat(mvc.get().uri(URI.create("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page
					+ "&lang=" + enc(odd))).header("User-Agent", CHROME_LINUX).header("Accept-Language", odd).exchange())
				.as(odd).hasStatus(HttpStatus.NO_CONTENT);
		}
		assertThat(count()).isEqualTo(3);
	}

	@Test
	void countsABotWhenBotsIsOneAndLeavesItOutOtherwise() {
		var googlebot = "&ua=" + enc("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
		assertThat(get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + googlebot + "&bots=1"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + googlebot))
			.hasStatus(HttpStatus.NO_CONTENT);
		var rows = jdbc.sql("SELECT bot, device FROM events WHERE site_id = :site ORDER BY seq").param("site", site)
			.query().listOfRows();
		assertThat(rows).extracting(r -> r.get("bot")).containsExactly(false, true);
		assertThat(rows).extracting(r -> r.get("device")).as("a counted bot still shows as one")
			.containsExactly("bot", "bot");
	}

	@Test
	void storesARecentCdtWithoutATokenAndRefusesAnOldOneAsMatomoDoes() {
		var recent = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		assertThat(get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + "&cdt="
				+ recent.getEpochSecond())).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(occurredAt()).containsExactly(recent);

		var old = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		var refused = get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + "&cdt=" + enc(
				java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC)
					.format(old)));
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
			.isEqualTo("cdt");
		assertThat(count()).isEqualTo(1);

		assertThat(get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + "&cdt="
				+ old.getEpochSecond() + "&token_auth=" + TOKEN)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(occurredAt()).as("with the token an old time is stored as given").containsExactly(recent, old);
	}

	@Test
	void countsAnOldCdtWithoutATokenAsAnInvalidBulkItem() {
		var old = Instant.now().minus(2, ChronoUnit.DAYS).getEpochSecond();
		var result = mvc.post().uri("/matomo.php").contentType("text/plain").header("User-Agent", CHROME_LINUX)
			.content("{\"requests\":[\"?idsite=%1$d&rec=1&url=%2$s&cdt=%3$d\",\"?idsite=%1$d&rec=1&url=%2$s\"]}"
				.formatted(idsite, page, old))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(json.readTree(result.getResponse().getContentAsByteArray()))
			.isEqualTo(json.readTree("{\"status\":\"success\",\"tracked\":1,\"invalid\":1}"));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void refusesCipWithoutAValidTokenAndUsesItWithOne() {
		for (var token : new String[] { "", "&token_auth=wrong" }) {
			var result = get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + "&cip=203.0.113.9"
					+ token);
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
				.isEqualTo("cip");
		}
		assertThat(count()).isZero();
		assertThat(get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + "&cip=203.0.113.9&token_auth="
				+ TOKEN)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site AND ip = '203.0.113.0'")
			.param("site", site).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void keepsTheHitWhenAnOptionalParameterIsOddAndCountsTheField() {
		double before = dropped("screen", "dropped");
		for (var odd : List.of("res=0x0", "res=50x50", "res=1920X1080", "res=huge", "_id=not-a-visitor-id",
				"e_c=Cat&e_a=Act&e_v=lots", "search=x&search_count=many", "pv_id=has%20space", "action_name=a%00b",
				"cdt=yesterday", "lang=%3Cscript%3E")) {
			var result = get("/matomo.php?idsite=" + idsite + "&rec=1&send_image=0&url=" + page + "&" + odd);
			assertThat(result).as(odd).hasStatus(HttpStatus.NO_CONTENT);
		}
		assertThat(count()).isEqualTo(11);
		assertThat(jdbc.sql("SELECT screen FROM events WHERE site_id = :site ORDER BY seq LIMIT 4").param("site", site)
			.query(String.class).list()).containsExactly(null, null, "1920x1080", null);
		assertThat(dropped("screen", "dropped") - before).isEqualTo(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site AND title = 'a b'").param("site", site)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesUnknownSitesForeignPagesAndBadParametersWithAReason() throws Exception {
		var base = "&rec=1&send_image=0&url=" + page;
		for (var query : List.of("idsite=999999" + base, "idsite=abc" + base, "idsite=-1" + base, "rec=1&url=" + page,
				"idsite=" + idsite + "&rec=1&url=https%3A%2F%2Fevil.example%2F",
				"idsite=" + idsite + "&rec=1&url=" + enc("https://" + domain + "/" + "a".repeat(10_000)),
				"idsite=" + idsite + "&rec=1&url=javascript%3Aalert(1)", "idsite=" + idsite + base + "&e_c=Cat",
				"idsite=" + idsite + base + "&cid=not-a-visitor-id", "idsite=" + idsite + base + "&cip=203.0.113.9",
				"idsite=" + idsite + base + "&cip=not-an-ip&token_auth=" + TOKEN)) {
			var result = get("/matomo.php?" + query);
			assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).as(query).contains("errors");
		}
		for (var body : List.of("{\"requests\": [", "{\"requests\":\"?idsite=1\"}", "{\"requests\":[]}",
				"{\"requests\":[\"?idsite=999999&rec=1&url=" + page + "\"]}", "{\"requests\":[42]}")) {
			var result = mvc.post().uri("/matomo.php").contentType(FORM).content(body).exchange();
			assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
		}
		var huge = mvc.post().uri("/matomo.php").contentType(FORM)
			.content("idsite=" + idsite + "&rec=1&url=" + page + "&x=" + "y".repeat(70_000)).exchange();
		assertThat(huge).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		var forged = mvc.get().uri(URI.create("/matomo.php?idsite=" + idsite + base)).header("Origin", "https://attacker.example")
			.exchange();
		assertThat(forged).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(count()).isZero();
	}

	MvcTestResult get(String uri) {
		return mvc.get().uri(URI.create(uri)).header("User-Agent", CHROME_LINUX).with(r -> {
			r.setRemoteAddr("91.0.0.77");
			return r;
		}).exchange();
	}

	Map<String, Object> singleRow() {
		return jdbc.sql("SELECT * FROM events WHERE site_id = :site").param("site", site).query().singleRow();
	}

	List<Instant> occurredAt() {
		return jdbc.sql("SELECT occurred_at FROM events WHERE site_id = :site ORDER BY seq").param("site", site)
			.query(OffsetDateTime.class).list().stream().map(OffsetDateTime::toInstant).toList();
	}

	double dropped(String field, String action) {
		var counter = meters.find("custodian.collect.fields.dropped").tags("format", "matomo", "field", field, "action",
				action).counter();
		return counter == null ? 0 : counter.count();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site").param("site", site).query(Long.class).single();
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
