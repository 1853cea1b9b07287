package io.custodian.analytics;

import java.nio.charset.StandardCharsets;

import io.custodian.CustodianTest;
import io.custodian.analytics.internal.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static io.custodian.analytics.AnalyticsHits.RAW;
import static io.custodian.analytics.AnalyticsHits.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Action properties (Plausible {@code p}, Umami {@code data}, Matomo's event fields), Plausible's scroll depth and the
 * OS version, sent through the anchors' endpoints: listed, broken down, filtered on and exported; the rollups and the
 * raw events agree.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.collect.tracking-token=" + AnalyticsHits.TOKEN)
class EventPropertiesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	RollupJob rollups;

	AnalyticsHits hits;

	@BeforeEach
	void sendTraffic() {
		hits = new AnalyticsHits(mvc, json, rollups);
		var d = hits.domain;
		// visitor 1 (Plausible, macOS): /pricing scrolled to 40 then 80, signs up on the pro plan
		plausible("198.51.100.1", AnalyticsHits.MAC, "{\"n\":\"pageview\",\"u\":\"https://%1$s/pricing\",\"d\":\"%1$s\"}");
		plausible("198.51.100.1", AnalyticsHits.MAC,
				"{\"n\":\"engagement\",\"u\":\"https://%1$s/pricing\",\"d\":\"%1$s\",\"e\":3000,\"sd\":40}");
		plausible("198.51.100.1", AnalyticsHits.MAC,
				"{\"n\":\"Signup\",\"u\":\"https://%1$s/pricing\",\"d\":\"%1$s\",\"p\":{\"plan\":\"pro\"}}");
		plausible("198.51.100.1", AnalyticsHits.MAC,
				"{\"n\":\"engagement\",\"u\":\"https://%1$s/pricing\",\"d\":\"%1$s\",\"e\":2000,\"sd\":80}");
		// visitor 2 (Plausible, Windows): /pricing scrolled to 60, signs up on the free plan
		plausible("198.51.100.2", AnalyticsHits.WINDOWS, "{\"n\":\"pageview\",\"u\":\"https://%1$s/pricing\",\"d\":\"%1$s\"}");
		plausible("198.51.100.2", AnalyticsHits.WINDOWS,
				"{\"n\":\"Signup\",\"u\":\"https://%1$s/pricing\",\"d\":\"%1$s\",\"props\":{\"plan\":\"free\"}}");
		plausible("198.51.100.2", AnalyticsHits.WINDOWS,
				"{\"n\":\"engagement\",\"u\":\"https://%1$s/pricing\",\"d\":\"%1$s\",\"e\":1000,\"sd\":60}");
		// visitor 3 (Umami, Windows): signs up on the pro plan with 3 seats
		hits.umami("198.51.100.3", "\"url\":\"/\",\"title\":\"Home\"");
		hits.umami("198.51.100.3", "\"url\":\"/\",\"name\":\"Signup\",\"data\":{\"plan\":\"pro\",\"seats\":3}");
		// visitor 4 (Matomo, Windows): an event, whose category and action are its properties
		hits.matomo("198.51.100.4", "_id=1111111111111111&url=https%3A%2F%2F" + d + "%2F&action_name=Home");
		hits.matomo("198.51.100.4", "_id=1111111111111111&url=https%3A%2F%2F" + d + "%2F&e_c=Video&e_a=Play");
		hits.rollUp();
	}

	@Test
	void listsThePropertyNamesOfThePeriod() {
		var names = hits.get("/properties", "");
		assertThat(names.findValuesAsString("value")).containsExactlyInAnyOrder("plan", "seats", "category", "action");
		assertThat(row(names, "plan").get("visitors").asLong()).isEqualTo(3);
		assertThat(row(names, "plan").get("actions").asLong()).isEqualTo(3);
	}

	@Test
	void breaksDownAPropertyByValueWithVisitorsAndEvents() {
		for (var query : new String[] { "", RAW }) {
			var plans = hits.get("/breakdown/prop:plan", query);
			assertThat(plans.findValuesAsString("value")).as(query).containsExactly("pro", "free");
			assertThat(row(plans, "pro").get("visitors").asLong()).as(query).isEqualTo(2);
			assertThat(row(plans, "pro").get("actions").asLong()).as(query).isEqualTo(2);
			assertThat(row(plans, "free").get("visitors").asLong()).as(query).isEqualTo(1);
		}
		assertThat(row(hits.get("/breakdown/prop:category", ""), "Video").get("actions").asLong()).isEqualTo(1);
	}

	@Test
	void filtersEveryFigureToTheVisitsWhereAnActionCarriedTheValue() {
		var pro = hits.get("/summary", "filter=prop:plan:pro");
		assertThat(pro.at("/filters/0").asString()).isEqualTo("prop:plan:pro");
		assertThat(pro.at("/current/visitors").asLong()).isEqualTo(2);
		assertThat(pro.at("/current/pageviews").asLong()).isEqualTo(2);
		var pages = hits.get("/breakdown/page", "filter=prop:plan:pro");
		assertThat(pages.findValuesAsString("value")).containsExactlyInAnyOrder("/", "/pricing");
		var withCountry = hits.get("/breakdown/prop:plan", "filter=prop:plan:free&filter=os:Windows");
		assertThat(withCountry.findValuesAsString("value")).containsExactly("free");
	}

	@Test
	void showsTheAverageDeepestScrollPerPageAsPlausibleDoes() {
		for (var query : new String[] { "", RAW }) {
			var pages = hits.get("/breakdown/page", query);
			assertThat(row(pages, "/pricing").get("scrollDepth").asInt()).as(query).isEqualTo(70);
			assertThat(row(pages, "/").get("scrollDepth").isNull()).as(query).isTrue();
		}
	}

	@Test
	void breaksDownTheOperatingSystemWithItsVersion() {
		var versions = hits.get("/breakdown/os_version", "");
		assertThat(row(versions, "Windows 10").get("visitors").asLong()).isEqualTo(3);
		assertThat(versions.findValuesAsString("value")).anyMatch(v -> v.startsWith("macOS") || v.startsWith("Mac"));
		var filtered = hits.get("/breakdown/os_version", "filter=os_version:Windows 10&filter=browser:Chrome");
		assertThat(filtered.findValuesAsString("value")).containsExactly("Windows 10");
	}

	@Test
	void exportsPropertiesScrollDepthAndOsVersionsAsCsv() {
		var result = hits.raw("/api/v1/analytics/" + hits.site + "/export.csv?from=" + hits.today().minusDays(1)
				+ "&to=" + hits.today());
		assertThat(result).hasStatusOk();
		var csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("dimension,value,visitors,visits,pageviews,bounce_rate,avg_time_on_page_ms,actions,"
				+ "scroll_depth\r\n");
		assertThat(csv).contains("\r\nprop:plan,pro,2,2,0,,,2,\r\n").contains("\r\nos_version,Windows 10,3,")
			.containsPattern("\r\npage,/pricing,2,[^\r]*,70\r\n");
		var one = hits.raw("/api/v1/analytics/" + hits.site + "/export.csv?dimension=prop:plan&from="
				+ hits.today().minusDays(1) + "&to=" + hits.today());
		assertThat(new String(one.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines())
			.hasSize(3);
	}

	@Test
	void refusesBadPropertyNamesAndFiltersWithAProblem() {
		var base = "/api/v1/analytics/" + hits.site;
		assertThat(hits.raw(base + "/breakdown/prop:" + "x".repeat(101))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(hits.raw(base + "/summary?filter=prop:plan")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(hits.raw(base + "/summary?filter=prop:plan:a&filter=prop:plan:b")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private void plausible(String address, String agent, String body) {
		hits.plausible(address, agent, body.formatted(hits.domain));
	}
}
