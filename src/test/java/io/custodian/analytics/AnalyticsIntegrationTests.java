package io.custodian.analytics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.analytics.internal.RollupJob;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A realistic day on a Europe/Berlin site (2025-01-15, UTC+1), written straight into the events table for exact
 * timestamps, rolled up in two runs so that sessions continue across runs:
 * <ul>
 * <li>visitor A, session 1: "/" from Google (search, DE, Chrome), engaged 5 s then 12 s (cumulative), then
 * "/pricing" engaged 8 s: 2 pageviews, no bounce;</li>
 * <li>visitor B, cookieless: "/" at 23:30 UTC the evening before (00:30 in Berlin), direct, FR, Firefox: a bounce;</li>
 * <li>visitor C: "/pricing" from Facebook (social, DE, Chrome), engaged 20 s, one action: no bounce;</li>
 * <li>visitor A, session 2: "/" direct, engaged 3 s: a bounce;</li>
 * <li>a bot on "/": never counted.</li>
 * </ul>
 * The day before (2025-01-14 in Berlin) has visitors E and F, one bounced pageview each, F at 22:30 UTC.
 */
@CustodianTest
class AnalyticsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	RollupJob rollups;

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

	void seedTheDay() {
		// the day before in Berlin
		pageview("2025-01-14T10:00:00Z", "vE", "sE", "pE1", "/", direct("DE", "Chrome"));
		pageview("2025-01-14T22:30:00Z", "vF", "sF", "pF1", "/", direct("AT", "Safari"));
		// the day
		pageview("2025-01-14T23:30:00Z", "hB", "hB", null, "/", direct("FR", "Firefox"));
		pageview("2025-01-15T09:00:00Z", "vA", "sA1", "pA1", "/", attrs("search", "Google", "DE", "Chrome"));
		engagement("2025-01-15T09:00:05Z", "vA", "sA1", "pA1", "/", 5_000, attrs("search", "Google", "DE", "Chrome"));
		pageview("2025-01-15T13:00:00Z", "bot", "bot", "pX1", "/", bot());
		catchUp();
		// the sessions go on in a later run
		engagement("2025-01-15T09:00:12Z", "vA", "sA1", "pA1", "/", 12_000, attrs("search", "Google", "DE", "Chrome"));
		pageview("2025-01-15T09:01:00Z", "vA", "sA1", "pA2", "/pricing", attrs("direct", "Direct", "DE", "Chrome"));
		engagement("2025-01-15T09:02:00Z", "vA", "sA1", "pA2", "/pricing", 8_000, attrs("direct", "Direct", "DE", "Chrome"));
		pageview("2025-01-15T12:00:00Z", "vC", "sC", "pC1", "/pricing", attrs("social", "Facebook", "DE", "Chrome"));
		engagement("2025-01-15T12:00:20Z", "vC", "sC", "pC1", "/pricing", 20_000, attrs("social", "Facebook", "DE", "Chrome"));
		action("2025-01-15T12:01:00Z", "vC", "sC", "pC1", "/pricing", "Signup", attrs("social", "Facebook", "DE", "Chrome"));
		pageview("2025-01-15T15:00:00Z", "vA", "sA2", "pA3", "/", direct("DE", "Chrome"));
		engagement("2025-01-15T15:00:03Z", "vA", "sA2", "pA3", "/", 3_000, direct("DE", "Chrome"));
		catchUp();
	}

	@Test
	void summarisesTheDayExactlyAndComparesWithThePreviousDay() {
		seedTheDay();
		var summary = get("/api/v1/analytics/{site}/summary?from=2025-01-15&to=2025-01-15&compare=previous");
		assertThat(summary.at("/current/visitors").asLong()).isEqualTo(3);
		assertThat(summary.at("/current/visits").asLong()).isEqualTo(4);
		assertThat(summary.at("/current/pageviews").asLong()).isEqualTo(5);
		assertThat(summary.at("/current/bounceRate").asDouble()).isEqualTo(50.0);
		assertThat(summary.at("/current/avgTimeOnPageMs").asLong()).isEqualTo(43_000 / 5);
		assertThat(summary.at("/current/actions").asLong()).isEqualTo(1);
		assertThat(summary.at("/previousFrom").asString()).isEqualTo("2025-01-14");
		assertThat(summary.at("/previous/visitors").asLong()).isEqualTo(2);
		assertThat(summary.at("/previous/bounceRate").asDouble()).isEqualTo(100.0);
		assertThat(summary.at("/change/visitors").asDouble()).isEqualTo(50.0);
		assertThat(summary.at("/change/pageviews").asDouble()).isEqualTo(150.0);
		assertThat(summary.at("/change/bounceRate").asDouble()).isEqualTo(-50.0);
	}

	@Test
	void countsDaysInTheSiteTimeZone() {
		seedTheDay();
		// F at 22:30 UTC is 23:30 on the 14th in Berlin; B at 23:30 UTC is already the 15th
		var before = get("/api/v1/analytics/{site}/summary?from=2025-01-14&to=2025-01-14");
		assertThat(before.at("/current/visitors").asLong()).isEqualTo(2);
		assertThat(before.at("/previous").isMissingNode() || before.at("/previous").isNull()).isTrue();
		var series = get("/api/v1/analytics/{site}/timeseries?from=2025-01-14&to=2025-01-15&interval=day");
		assertThat(series).hasSize(2);
		assertThat(series.get(0).get("start").asString()).startsWith("2025-01-14T00:00");
		assertThat(series.get(0).get("pageviews").asLong()).isEqualTo(2);
		assertThat(series.get(1).get("pageviews").asLong()).isEqualTo(5);
		var hours = get("/api/v1/analytics/{site}/timeseries?from=2025-01-15&to=2025-01-15&interval=hour");
		assertThat(hours).hasSize(24);
		assertThat(hours.get(0).get("pageviews").asLong()).as("B at 00:30 Berlin").isEqualTo(1);
		assertThat(hours.get(10).get("pageviews").asLong()).as("A at 10:00 and 10:01 Berlin").isEqualTo(2);
	}

	@Test
	void breaksDownByPageChannelCountryBrowserAndEntryAndExit() {
		seedTheDay();
		var pages = get("/api/v1/analytics/{site}/breakdown/page?from=2025-01-15&to=2025-01-15");
		assertThat(pages.get(0).get("value").asString()).isEqualTo("/");
		assertThat(pages.get(0).get("pageviews").asLong()).isEqualTo(3);
		assertThat(pages.get(0).get("visitors").asLong()).isEqualTo(2);
		assertThat(pages.get(1).get("value").asString()).isEqualTo("/pricing");
		assertThat(pages.get(1).get("pageviews").asLong()).isEqualTo(2);
		assertThat(pages.get(1).get("avgTimeOnPageMs").asLong()).isEqualTo(14_000);

		var channels = get("/api/v1/analytics/{site}/breakdown/channel?from=2025-01-15&to=2025-01-15");
		assertThat(channels.get(0).get("value").asString()).isEqualTo("direct");
		assertThat(channels.get(0).get("visits").asLong()).isEqualTo(2);
		assertThat(channels.get(0).get("bounceRate").asDouble()).isEqualTo(100.0);
		assertThat(values(channels)).containsExactly("direct", "search", "social");
		var search = channels.get(1);
		assertThat(search.get("pageviews").asLong()).as("the session's pages count under its entry channel").isEqualTo(2);

		var countries = get("/api/v1/analytics/{site}/breakdown/country?from=2025-01-15&to=2025-01-15");
		assertThat(countries.get(0).get("value").asString()).isEqualTo("DE");
		assertThat(countries.get(0).get("visitors").asLong()).isEqualTo(2);
		assertThat(countries.get(0).get("visits").asLong()).isEqualTo(3);
		assertThat(values(countries)).containsExactly("DE", "FR");

		var browsers = get("/api/v1/analytics/{site}/breakdown/browser?from=2025-01-15&to=2025-01-15&limit=1");
		assertThat(browsers).hasSize(1);
		assertThat(browsers.get(0).get("value").asString()).isEqualTo("Chrome");
		assertThat(browsers.get(0).get("visitors").asLong()).isEqualTo(2);

		var entries = get("/api/v1/analytics/{site}/breakdown/entry_page?from=2025-01-15&to=2025-01-15");
		assertThat(entries.get(0).get("value").asString()).isEqualTo("/");
		assertThat(entries.get(0).get("visits").asLong()).isEqualTo(3);
		var exits = get("/api/v1/analytics/{site}/breakdown/exit_page?from=2025-01-15&to=2025-01-15");
		assertThat(exits).hasSize(2).allSatisfy(row -> assertThat(row.get("visits").asLong()).isEqualTo(2));

		var actions = get("/api/v1/analytics/{site}/breakdown/action?from=2025-01-15&to=2025-01-15");
		assertThat(actions.get(0).get("value").asString()).isEqualTo("Signup");
		assertThat(actions.get(0).get("actions").asLong()).isEqualTo(1);
	}

	@Test
	void leavesBotsOut() {
		seedTheDay();
		var devices = get("/api/v1/analytics/{site}/breakdown/browser?from=2025-01-15&to=2025-01-15");
		assertThat(values(devices)).doesNotContain("Googlebot");
		var total = get("/api/v1/analytics/{site}/summary?from=2025-01-15&to=2025-01-15");
		assertThat(total.at("/current/pageviews").asLong()).isEqualTo(5);
	}

	@Test
	void picksUpRowsCommittedWithASequenceNumberBelowTheWatermark() {
		seedTheDay();
		// sequence values are cached per connection: a row may commit after rows with higher numbers were rolled up
		pageview("2025-01-15T18:00:00Z", "vL", "sL", "pL1", "/late", withExtra(direct("DE", "Chrome"), Map.of("seq", 1L)));
		catchUp();
		catchUp();
		var summary = get("/api/v1/analytics/{site}/summary?from=2025-01-15&to=2025-01-15");
		assertThat(summary.at("/current/pageviews").asLong()).isEqualTo(6);
		assertThat(summary.at("/current/visitors").asLong()).isEqualTo(4);
	}

	@Test
	void filtersByADimension() {
		seedTheDay();
		var search = get("/api/v1/analytics/{site}/summary?from=2025-01-15&to=2025-01-15&filter=channel:search");
		assertThat(search.at("/filter").asString()).isEqualTo("channel:search");
		assertThat(search.at("/current/visitors").asLong()).isEqualTo(1);
		assertThat(search.at("/current/visits").asLong()).isEqualTo(1);
		assertThat(search.at("/current/pageviews").asLong()).isEqualTo(2);
		assertThat(search.at("/current/bounceRate").asDouble()).isEqualTo(0.0);
		assertThat(search.at("/current/avgTimeOnPageMs").asLong()).isEqualTo(10_000);

		var germany = get("/api/v1/analytics/{site}/summary?from=2025-01-15&to=2025-01-15&filter=country:DE");
		assertThat(germany.at("/current/visitors").asLong()).isEqualTo(2);
		assertThat(germany.at("/current/visits").asLong()).isEqualTo(3);
		assertThat(germany.at("/current/pageviews").asLong()).isEqualTo(4);
		assertThat(germany.at("/current/bounceRate").asDouble()).isEqualTo(33.3);

		var pricing = get("/api/v1/analytics/{site}/timeseries?from=2025-01-15&to=2025-01-15&interval=day&filter=page:/pricing");
		assertThat(pricing.get(0).get("pageviews").asLong()).isEqualTo(2);
		var one = get("/api/v1/analytics/{site}/breakdown/country?from=2025-01-15&to=2025-01-15&filter=country:FR");
		assertThat(values(one)).containsExactly("FR");
	}

	@Test
	void combinesFiltersOnSeveralDimensionsInEveryPanel() throws Exception {
		seedTheDay();
		var day = "from=2025-01-15&to=2025-01-15";
		var german = "&filter=country:DE&filter=browser:Chrome";
		// by hand: German Chrome visits are A's two sessions and C's; B is French, the bot is left out
		var summary = get("/api/v1/analytics/{site}/summary?" + day + german + "&compare=previous");
		assertThat(summary.at("/filters").toString()).isEqualTo("[\"country:DE\",\"browser:Chrome\"]");
		assertThat(summary.at("/current/visitors").asLong()).isEqualTo(2);
		assertThat(summary.at("/current/visits").asLong()).isEqualTo(3);
		assertThat(summary.at("/current/pageviews").asLong()).isEqualTo(4);
		assertThat(summary.at("/current/bounceRate").asDouble()).as("only A's second session").isEqualTo(33.3);
		assertThat(summary.at("/current/avgTimeOnPageMs").asLong()).isEqualTo((12_000 + 8_000 + 20_000 + 3_000) / 4);
		assertThat(summary.at("/current/actions").asLong()).isEqualTo(1);
		assertThat(summary.at("/previous/visitors").asLong()).as("E on the 14th").isEqualTo(1);

		var pages = get("/api/v1/analytics/{site}/breakdown/page?" + day + german);
		assertThat(values(pages)).containsExactly("/pricing", "/");
		assertThat(pages.get(0).get("visitors").asLong()).as("A and C").isEqualTo(2);
		assertThat(pages.get(0).get("pageviews").asLong()).isEqualTo(2);
		assertThat(pages.get(0).get("avgTimeOnPageMs").asLong()).isEqualTo(14_000);
		assertThat(pages.get(1).get("visitors").asLong()).as("A, once a day").isEqualTo(1);
		assertThat(pages.get(1).get("pageviews").asLong()).isEqualTo(2);

		var germanPricing = get("/api/v1/analytics/{site}/summary?" + day + german + "&filter=page:/pricing");
		assertThat(germanPricing.at("/current/pageviews").asLong()).isEqualTo(2);
		assertThat(germanPricing.at("/current/visits").asLong()).as("visits are not counted under pages").isZero();

		var channels = get("/api/v1/analytics/{site}/breakdown/channel?" + day + "&filter=country:DE");
		assertThat(values(channels)).as("one visit each; then by pageviews and actions")
			.containsExactly("search", "social", "direct");
		assertThat(channels.get(0).get("pageviews").asLong()).as("A's first session, entered from search").isEqualTo(2);
		assertThat(channels.get(2).get("bounceRate").asDouble()).as("A's second session").isEqualTo(100.0);
		var french = get("/api/v1/analytics/{site}/breakdown/page?" + day + "&filter=country:FR");
		assertThat(values(french)).containsExactly("/");
		assertThat(french.get(0).get("visitors").asLong()).as("cookieless B").isEqualTo(1);
		var signups = get("/api/v1/analytics/{site}/breakdown/country?" + day + "&filter=action:Signup");
		assertThat(values(signups)).containsExactly("DE");
		assertThat(signups.get(0).get("actions").asLong()).isEqualTo(1);

		var series = get("/api/v1/analytics/{site}/timeseries?" + day + german + "&interval=hour");
		assertThat(series.get(10).get("pageviews").asLong()).as("A at 10:00 and 10:01 Berlin").isEqualTo(2);
		assertThat(series.get(13).get("visitors").asLong()).as("C at 13:00 Berlin").isEqualTo(1);
		assertThat(series.get(16).get("visitors").asLong()).as("A was seen earlier that day").isZero();
		assertThat(series.get(0).get("pageviews").asLong()).as("B is French").isZero();

		var csv = Api.asAdmin(mvc).get("/api/v1/analytics/{site}/export.csv?" + day + german, site).exchange()
			.getResponse().getContentAsString();
		assertThat(csv).contains("page,/pricing,2,0,2,,14000,0").contains("country,DE,2,3,4,33.3,")
			.doesNotContain("country,FR").doesNotContain("browser,Firefox");
	}

	@Test
	void keepsCommasInFilterValues() {
		seedTheDay();
		pageview("2025-01-15T17:00:00Z", "vK", "sK", "pK1", "/k", withExtra(direct("DE", "Chrome"),
				Map.of("title", "Shoes, socks")));
		catchUp();
		var titled = get("/api/v1/analytics/{site}/summary?from=2025-01-15&to=2025-01-15&filter=title:Shoes, socks"
				+ "&filter=country:DE");
		assertThat(titled.at("/current/pageviews").asLong()).isEqualTo(1);
	}

	@Test
	void exportsCsvAndDefusesFormulas() throws Exception {
		seedTheDay();
		action("2025-01-15T16:00:00Z", "vG", "sG", "pG1", "/", "=HYPERLINK(\"http://evil\")", direct("DE", "Chrome"));
		pageview("2025-01-15T16:00:00Z", "vG", "sG", "pG2", "/", attrs("campaign", "newsletter", "DE", "Chrome", "+SUM(A1)"));
		catchUp();
		var result = Api.asAdmin(mvc).get("/api/v1/analytics/{site}/export.csv?from=2025-01-15&to=2025-01-15", site)
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		var csv = result.getResponse().getContentAsString();
		assertThat(csv).startsWith("dimension,value,visitors,visits,pageviews,bounce_rate,avg_time_on_page_ms,actions,scroll_depth\r\n");
		assertThat(csv).contains("page,/pricing,2,0,2,,14000,0");
		assertThat(csv).contains("country,DE,").contains("channel,direct,");
		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
		assertThat(csv).contains("campaign,'+SUM(A1)");

		var one = Api.asAdmin(mvc)
			.get("/api/v1/analytics/{site}/export.csv?from=2025-01-15&to=2025-01-15&dimension=country", site).exchange();
		assertThat(one.getResponse().getContentAsString().lines().skip(1))
			.allSatisfy(line -> assertThat(line).startsWith("country,"));
	}

	@Test
	void showsTheLastThirtyMinutesLive() {
		var chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
		for (var path : new String[] { "/", "/shoes", "/shoes" }) {
			var hit = mvc.post().uri("/api/v1/collect").contentType("text/plain").header("User-Agent", chrome)
				.content("""
						{"site":"%s","type":"pageview","url":"https://%s%s","visitor":"0123456789abcdef","session":"fedcba9876543210"}"""
					.formatted(site, domain, path))
				.with(r -> {
					r.setRemoteAddr("91.0.0.77");
					return r;
				})
				.exchange();
			assertThat(hit).hasStatus(HttpStatus.ACCEPTED);
		}
		mvc.post().uri("/api/v1/collect").contentType("text/plain")
			.header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
			.content("""
					{"site":"%s","type":"pageview","url":"https://%s/"}""".formatted(site, domain)).exchange();
		pageview(Instant.now().minusSeconds(3600).toString(), "old", "old", "pOld", "/old", direct("DE", "Chrome"));
		var live = get("/api/v1/analytics/{site}/live");
		assertThat(live.get("visitors").asLong()).isEqualTo(1);
		assertThat(live.get("pageviews").asLong()).isEqualTo(3);
		assertThat(live.at("/topPages/0/path").asString()).isEqualTo("/shoes");
		assertThat(live.at("/topPages/0/pageviews").asLong()).isEqualTo(2);

		catchUp();
		var today = get("/api/v1/analytics/{site}/summary");
		assertThat(today.at("/current/pageviews").asLong()).as("hits sent through the collector are rolled up")
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void refusesBadInputNamingTheField() {
		var admin = Api.asAdmin(mvc);
		expect(admin.get("/api/v1/analytics/{site}/summary?from=2025-02-01&to=2025-01-01", site).exchange(), 400, "from");
		expect(admin.get("/api/v1/analytics/{site}/summary?from=2020-01-01&to=2025-01-02", site).exchange(), 400, "to");
		expect(admin.get("/api/v1/analytics/{site}/summary?from=2025-13-01&to=2025-01-02", site).exchange(), 400, "from");
		expect(admin.get("/api/v1/analytics/{site}/summary?from=yesterday", site).exchange(), 400, "from");
		expect(admin.get("/api/v1/analytics/{site}/summary?filter=country", site).exchange(), 400, "filter");
		expect(admin.get("/api/v1/analytics/{site}/summary?filter=planet:Mars", site).exchange(), 400, "filter");
		expect(admin.get("/api/v1/analytics/{site}/summary?filter=country:", site).exchange(), 400, "filter");
		expect(admin.get("/api/v1/analytics/{site}/summary?compare=lastyear", site).exchange(), 400, "compare");
		expect(admin.get("/api/v1/analytics/{site}/breakdown/planets", site).exchange(), 400, "dimension");
		expect(admin.get("/api/v1/analytics/{site}/breakdown/page?limit=0", site).exchange(), 400, "limit");
		expect(admin.get("/api/v1/analytics/{site}/breakdown/page?limit=ten", site).exchange(), 400, "limit");
		expect(admin.get("/api/v1/analytics/{site}/breakdown/page?filter=country:DE&filter=country:FR", site)
			.exchange(), 400, "filter");
		expect(admin.get("/api/v1/analytics/{site}/breakdown/page?filter=country:DE&filter=os", site).exchange(), 400,
				"filter");
		expect(admin.get("/api/v1/analytics/{site}/export.csv?filter=planet:Mars", site).exchange(), 400, "filter");
		expect(admin.get("/api/v1/analytics/{site}/timeseries?interval=minute", site).exchange(), 400, "interval");
		expect(admin.get("/api/v1/analytics/{site}/timeseries?from=2024-01-01&to=2024-12-31&interval=hour", site)
			.exchange(), 400, "interval");
		expect(admin.get("/api/v1/analytics/{site}/export.csv?dimension=planets", site).exchange(), 400, "dimension");
		expect(admin.get("/api/v1/analytics/not-a-uuid/summary").exchange(), 400, "siteId");
		assertThat(admin.get("/api/v1/analytics/{site}/summary", UUID.randomUUID()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(admin.get("/api/v1/analytics/{site}/live", UUID.randomUUID()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/analytics/{site}/summary", site).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		var support = admin.createStaff("support-analytics", "support");
		assertThat(support.get("/api/v1/analytics/{site}/summary", site).exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void rendersTheDashboardWithKpiCardsAndEscapedText() throws Exception {
		seedTheDay();
		var page = Map.<String, Object>of("title", "<script>alert(1)</script>");
		insert("pageview", "2025-01-15T17:00:00Z", "vH", "sH", "pH1", "/xss", withExtra(direct("DE", "Chrome"), page));
		catchUp();
		var result = mvc.get()
			.uri("/analytics/{site}?range=custom&from=2025-01-15&to=2025-01-15&compare=previous", site)
			.with(user("admin").authorities(() -> "SCOPE_analytics:read"))
			.exchange();
		assertThat(result).hasStatusOk();
		var html = result.getResponse().getContentAsString();
		assertThat(html).contains("<main class=\"analytics\">");
		assertThat(html).contains("data-kpi=\"visitors\"").contains("data-kpi=\"bounce-rate\"")
			.contains("data-kpi=\"time-on-page\"");
		assertThat(html).containsPattern("data-kpi=\"visitors\">\\s*<h2>Visitors</h2>\\s*<p class=\"value\">4</p>");
		assertThat(html).contains("+100.0 %");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(html).contains("IP Geolocation by DB-IP");
		assertThat(html).contains("\uD83C\uDDE9\uD83C\uDDEA Germany (DE)");
		assertThat(html).contains("/js/analytics.js").contains("data-series=").doesNotContain("onclick");
		assertThat(html).contains("filter=country%3ADE");
		assertThat(html).contains("id=\"country-map\"").contains("&quot;code&quot;:&quot;DE&quot;,&quot;name&quot;:&quot;Germany&quot;");

		var filtered = mvc.get()
			.uri("/analytics/{site}?range=custom&from=2025-01-15&to=2025-01-15&filter=country:DE&filter=browser:Chrome",
					site)
			.with(user("admin").authorities(() -> "SCOPE_analytics:read"))
			.exchange();
		var chips = filtered.getResponse().getContentAsString();
		assertThat(chips).contains("data-filter=\"country\"").contains("data-filter=\"browser\"");
		assertThat(chips).as("removing the country chip keeps the browser filter")
			.contains("compare=previous&amp;filter=browser%3AChrome\"");
		assertThat(chips).as("a row adds its filter to the others")
			.contains("filter=country%3ADE&amp;filter=browser%3AChrome&amp;filter=page%3A%2Fpricing");
		assertThat(chips).contains("export.csv?from=2025-01-15&amp;to=2025-01-15&amp;filter=country%3ADE&amp;filter=browser%3AChrome");
		assertThat(chips).containsPattern("data-kpi=\"visitors\">\\s*<h2>Visitors</h2>\\s*<p class=\"value\">3</p>");

		var live = mvc.get().uri("/analytics/{site}/live.json", site)
			.with(user("admin").authorities(() -> "SCOPE_analytics:read")).exchange();
		assertThat(live).hasStatusOk();
		var denied = mvc.get().uri("/analytics/{site}", site).with(user("support").authorities(() -> "ROLE_SUPPORT"))
			.exchange();
		assertThat(denied.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void rollupsSurviveThePurgeOfRawEvents() {
		seedTheDay();
		jdbc.sql("DELETE FROM events WHERE site_id = :site").param("site", UUID.fromString(site)).update();
		catchUp();
		var summary = get("/api/v1/analytics/{site}/summary?from=2025-01-15&to=2025-01-15");
		assertThat(summary.at("/current/pageviews").asLong()).isEqualTo(5);
		assertThat(summary.at("/current/visitors").asLong()).isEqualTo(3);
	}

	// ------------------------------------------------------------------------------------------------ helpers

	JsonNode get(String uri) {
		var result = Api.asAdmin(mvc).get(uri, site).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	void expect(MvcTestResult result, int status, String field) {
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	static java.util.List<String> values(JsonNode rows) {
		var values = new java.util.ArrayList<String>();
		rows.forEach(row -> values.add(row.get("value").asString()));
		return values;
	}

	void catchUp() {
		try {
			Thread.sleep(2);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		rollups.catchUpUntil(Instant.now());
	}

	static Map<String, Object> direct(String country, String browser) {
		return attrs("direct", "Direct", country, browser);
	}

	static Map<String, Object> attrs(String channel, String source, String country, String browser) {
		return attrs(channel, source, country, browser, null);
	}

	static Map<String, Object> attrs(String channel, String source, String country, String browser, String campaign) {
		var map = new LinkedHashMap<String, Object>();
		map.put("channel", channel);
		map.put("source", source);
		map.put("country", country);
		map.put("browser", browser);
		map.put("os", "Windows");
		map.put("device", "desktop");
		map.put("utm_campaign", campaign);
		return map;
	}

	static Map<String, Object> bot() {
		var map = direct("US", "Googlebot");
		map.put("bot", true);
		return map;
	}

	static Map<String, Object> withExtra(Map<String, Object> base, Map<String, Object> extra) {
		var map = new LinkedHashMap<>(base);
		map.putAll(extra);
		return map;
	}

	void pageview(String at, String visitor, String session, String pageview, String path, Map<String, Object> attrs) {
		insert("pageview", at, visitor, session, pageview, path, attrs);
	}

	void engagement(String at, String visitor, String session, String pageview, String path, int ms,
			Map<String, Object> attrs) {
		insert("engagement", at, visitor, session, pageview, path, withExtra(attrs, Map.of("engaged_ms", ms)));
	}

	void action(String at, String visitor, String session, String pageview, String path, String name,
			Map<String, Object> attrs) {
		insert("action", at, visitor, session, pageview, path,
				withExtra(attrs, Map.of("action_name", name, "action_kind", "custom")));
	}

	void insert(String type, String at, String visitor, String session, String pageview, String path,
			Map<String, Object> attrs) {
		var columns = new LinkedHashMap<String, Object>();
		columns.put("site_id", UUID.fromString(site));
		columns.put("occurred_at", OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC));
		columns.put("ingested_at", OffsetDateTime.now(ZoneOffset.UTC));
		columns.put("type", type);
		columns.put("visitor_id", visitor);
		columns.put("session_id", session);
		columns.put("pageview_id", pageview);
		columns.put("cookieless", visitor.startsWith("h"));
		columns.put("url", "https://" + domain + path);
		columns.put("path", path);
		columns.put("bot", false);
		columns.putAll(attrs);
		var sql = "INSERT INTO events (" + String.join(", ", columns.keySet()) + ") VALUES ("
				+ String.join(", ", columns.keySet().stream().map(k -> ":" + k).toList()) + ")";
		var spec = jdbc.sql(sql);
		for (var entry : columns.entrySet()) {
			spec = entry.getValue() == null ? spec.param(entry.getKey(), null, java.sql.Types.VARCHAR)
					: spec.param(entry.getKey(), entry.getValue());
		}
		spec.update();
	}
}
