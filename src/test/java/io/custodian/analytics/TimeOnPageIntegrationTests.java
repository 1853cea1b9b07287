package io.custodian.analytics;

import java.time.Instant;

import io.custodian.CustodianTest;
import io.custodian.analytics.internal.RollupJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.custodian.analytics.AnalyticsHits.RAW;
import static io.custodian.analytics.AnalyticsHits.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time on page for trackers that send no engaged time: a page lasts until the next pageview or action of the visit
 * (Umami's tracker, Matomo's without heartbeat), the last page of a visit keeps 0 s, reported engaged time (Matomo's
 * heartbeat, Plausible's engagement) wins; the rollups and the raw events agree.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.collect.tracking-token=" + AnalyticsHits.TOKEN)
class TimeOnPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	RollupJob rollups;

	AnalyticsHits hits;

	long start;

	@BeforeEach
	void newSite() {
		hits = new AnalyticsHits(mvc, json, rollups);
		start = Instant.now().minusSeconds(600).getEpochSecond();
	}

	@Test
	void umamiPagesLastUntilTheNextEventOfTheVisit() {
		umami("/a", 0, "");
		umami("/b", 40, "");
		umami("/b", 100, ",\"name\":\"signup\"");
		hits.rollUp();
		for (var query : new String[] { "", RAW }) {
			var pages = hits.get("/breakdown/page", query);
			assertThat(row(pages, "/a").get("avgTimeOnPageMs").asLong()).as(query).isEqualTo(40_000);
			assertThat(row(pages, "/b").get("avgTimeOnPageMs").asLong()).as(query).isEqualTo(60_000);
			assertThat(hits.get("/summary", query).at("/current/avgTimeOnPageMs").asLong()).as(query).isEqualTo(50_000);
		}
	}

	@Test
	void matomoPagesWithoutHeartbeatLastUntilTheNextPageviewAndTheLastKeepsNone() {
		matomo("/a", 0, "pv_id=aaaaaa&action_name=A");
		matomo("/b", 30, "pv_id=bbbbbb&action_name=B");
		hits.rollUp();
		matomo("/c", 90, "pv_id=cccccc&action_name=C");
		hits.rollUp();
		for (var query : new String[] { "", RAW }) {
			var pages = hits.get("/breakdown/page", query);
			assertThat(row(pages, "/a").get("avgTimeOnPageMs").asLong()).as(query).isEqualTo(30_000);
			assertThat(row(pages, "/b").get("avgTimeOnPageMs").asLong()).as(query).isEqualTo(60_000);
			assertThat(row(pages, "/c").get("avgTimeOnPageMs").asLong()).as(query).isZero();
		}
	}

	@Test
	void matomoHeartbeatTimeWinsOverTheGap() {
		matomo("/a", 0, "pv_id=aaaaaa&action_name=A");
		matomo("/a", 15, "pv_id=aaaaaa&ping=1");
		matomo("/b", 40, "pv_id=bbbbbb&action_name=B");
		hits.rollUp();
		for (var query : new String[] { "", RAW }) {
			var pages = hits.get("/breakdown/page", query);
			assertThat(row(pages, "/a").get("avgTimeOnPageMs").asLong()).as(query).isEqualTo(15_000);
			assertThat(row(pages, "/b").get("avgTimeOnPageMs").asLong()).as(query).isZero();
		}
	}

	@Test
	void plausibleEngagedTimeIsKeptAsReported() {
		var domain = hits.domain;
		hits.plausible("198.51.100.7", AnalyticsHits.WINDOWS, """
				{"n":"pageview","u":"https://%1$s/a","d":"%1$s"}""".formatted(domain));
		hits.plausible("198.51.100.7", AnalyticsHits.WINDOWS, """
				{"n":"engagement","u":"https://%1$s/a","d":"%1$s","e":4000,"sd":50}""".formatted(domain));
		hits.plausible("198.51.100.7", AnalyticsHits.WINDOWS, """
				{"n":"pageview","u":"https://%1$s/b","d":"%1$s"}""".formatted(domain));
		hits.rollUp();
		for (var query : new String[] { "", RAW }) {
			JsonNode pages = hits.get("/breakdown/page", query);
			assertThat(row(pages, "/a").get("avgTimeOnPageMs").asLong()).as(query).isEqualTo(4_000);
		}
	}

	private void umami(String path, long second, String more) {
		hits.umami("203.0.113.5", """
				"url":"%s","title":"T","timestamp":%d%s""".formatted(path, start + second, more));
	}

	private void matomo(String path, long second, String parameters) {
		hits.matomo("203.0.113.6", "_id=0123456789abcdef&url=https%3A%2F%2F" + hits.domain + path + "&cdt="
				+ (start + second) + "&" + parameters);
	}
}
