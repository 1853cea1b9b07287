package io.custodian.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Hits that pass validation but overflow a column are stored bounded, and never cost other visitors their hits. */
@CustodianTest
class BoundedHitsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	@Test
	void storesEveryLegitimateHitBesideOverflowingOnesAndTheOverflowingOnesBounded() throws Exception {
		var domain = "bounded-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var created = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Bounded","domains":["%s"],"timeZone":"UTC"}""".formatted(domain)).exchange();
		var site = json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString();
		double kindsBefore = bounded("action_kind", "truncated");
		double propsBefore = bounded("props", "dropped");
		var props = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			props.append(i == 0 ? "" : ",").append("\"p%d\":\"%s\"".formatted(i, "v".repeat(450)));
		}
		var bodies = new ArrayList<String>();
		for (int i = 0; i < 40; i++) {
			bodies.add("""
					{"site":"%s","type":"pageview","url":"https://%s/legit/%d"}""".formatted(site, domain, i));
			if (i % 2 == 0) {
				bodies.add("""
						{"site":"%s","type":"pageview","url":"https://%s/overflow/%d",
						 "action":{"name":"n","kind":"%s","props":{%s}}}""".formatted(site, domain, i, "k".repeat(25), props));
			}
		}
		var pool = Executors.newFixedThreadPool(8);
		var answers = new ArrayList<Future<Integer>>();
		for (var body : bodies) {
			answers.add(pool.submit((Callable<Integer>) () -> mvc.post().uri("/api/v1/collect").contentType("text/plain")
				.content(body).header("User-Agent", CollectApiIntegrationTests.CHROME_WINDOWS).exchange().getResponse()
				.getStatus()));
		}
		for (var answer : answers) {
			assertThat(answer.get()).isEqualTo(HttpStatus.ACCEPTED.value());
		}
		pool.shutdown();

		List<Map<String, Object>> rows = jdbc.sql("SELECT path, action_kind, props FROM events WHERE site_id = :site")
			.param("site", UUID.fromString(site)).query().listOfRows();
		assertThat(rows).hasSize(60);
		assertThat(rows).filteredOn(row -> row.get("path").toString().startsWith("/legit/")).hasSize(40);
		assertThat(rows).filteredOn(row -> row.get("path").toString().startsWith("/overflow/")).hasSize(20)
			.allSatisfy(row -> {
				assertThat(row.get("action_kind")).isEqualTo("k".repeat(20));
				assertThat(row.get("props")).isNull();
			});
		assertThat(bounded("action_kind", "truncated") - kindsBefore).isEqualTo(20);
		assertThat(bounded("props", "dropped") - propsBefore).isEqualTo(20);
	}

	private double bounded(String field, String action) {
		var counter = meters.find("custodian.collect.values.bounded").tag("field", field).tag("action", action)
			.counter();
		return counter == null ? 0 : counter.count();
	}
}
