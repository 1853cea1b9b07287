package io.custodian.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.custodian.CustodianTest;
import io.custodian.analytics.internal.RollupJob;
import io.custodian.collect.internal.enrich.MmdbWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static io.custodian.analytics.AnalyticsHits.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city database given by the {@code geoip-database} setting (here a small one in ip-location-db's layout, as DB-IP's
 * city database bundled by {@code -Dgeoip.city} has it): region and city show in the breakdowns, from the rollups and
 * from raw events alike.
 */
@CustodianTest
class GeoCityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	RollupJob rollups;

	@DynamicPropertySource
	static void cityDatabase(DynamicPropertyRegistry registry) {
		try {
			var file = new MmdbWriter("DBIP-City-Lite")
				.insert("89.0.0.0/16", Map.of("country_code", "DE", "state1", "Bavaria", "city", "Munich"))
				.insert("90.0.0.0/16", Map.of("country_code", "FR", "state1", "Île-de-France", "city", "Paris"))
				.writeTo(Files.createTempDirectory("geo").resolve("city.mmdb"));
			registry.add("custodian.collect.geoip-database", file::toString);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void showsRegionsAndCitiesFromACityDatabase() {
		var hits = new AnalyticsHits(mvc, json, rollups);
		hits.umami("89.0.12.34", "\"url\":\"/\",\"title\":\"Home\"");
		hits.umami("89.0.99.1", "\"url\":\"/\",\"title\":\"Home\"");
		hits.umami("90.0.1.2", "\"url\":\"/\",\"title\":\"Home\"");
		hits.rollUp();
		for (var query : new String[] { "", AnalyticsHits.RAW }) {
			var cities = hits.get("/breakdown/city", query);
			assertThat(row(cities, "Munich").get("visitors").asLong()).as(query).isEqualTo(2);
			assertThat(row(cities, "Paris").get("visitors").asLong()).as(query).isEqualTo(1);
			assertThat(row(hits.get("/breakdown/region", query), "Bavaria").get("pageviews").asLong()).as(query)
				.isEqualTo(2);
		}
		assertThat(hits.get("/summary", "filter=city:Munich").at("/current/visitors").asLong()).isEqualTo(2);
	}
}
