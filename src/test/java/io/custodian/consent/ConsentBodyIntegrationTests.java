package io.custodian.consent;

import java.util.Collections;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd and oversized consent bodies end in a 4xx problem naming the field, and nothing is recorded. */
@CustodianTest
class ConsentBodyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	String site;

	@BeforeEach
	void registerSite() {
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["body-%s.example"]}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
			.exchange();
		site = json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}

	@Test
	void refusesANullBodyNamingTheBody() {
		assertRefused(decide("null"), HttpStatus.BAD_REQUEST, "body");
	}

	@Test
	void refusesAnEmptyBodyAndAnArrayNamingTheBody() {
		assertRefused(decide(""), HttpStatus.BAD_REQUEST, "body");
		assertRefused(decide("[1,2]"), HttpStatus.BAD_REQUEST, "body");
	}

	@Test
	void refusesValuesOfTheWrongTypeNamingTheirField() {
		assertRefused(decide("""
				{"site":"%s","granted":{"analytics":true}}""".formatted(site)), HttpStatus.BAD_REQUEST, "granted");
		assertRefused(decide("""
				{"site":"%s","bannerVersion":1e308}""".formatted(site)), HttpStatus.BAD_REQUEST, "bannerVersion");
		assertRefused(decide("""
				{"site":{"id":1}}"""), HttpStatus.BAD_REQUEST, "site");
	}

	@Test
	void refusesMoreCategoriesThanAnySiteHasNamingTheList() {
		var many = String.join(",", Collections.nCopies(1000, "\"analytics\""));
		assertRefused(decide("""
				{"site":"%s","granted":[%s]}""".formatted(site, many)), HttpStatus.BAD_REQUEST, "granted");
		assertRefused(decide("""
				{"site":"%s","denied":[%s]}""".formatted(site, many.replace("analytics", "marketing"))),
				HttpStatus.BAD_REQUEST, "denied");
	}

	@Test
	void refusesOverlongStringsNamingTheirField() {
		assertRefused(decide("""
				{"site":"%s","cause":"%s"}""".formatted(site, "c".repeat(5000))), HttpStatus.BAD_REQUEST, "cause");
		assertRefused(decide("""
				{"site":"%s","language":"%s"}""".formatted(site, "de".repeat(100))), HttpStatus.BAD_REQUEST, "language");
		assertRefused(decide("""
				{"site":"%s","consentId":"%s"}""".formatted(site, "c_".repeat(1000))), HttpStatus.BAD_REQUEST, "consentId");
	}

	@Test
	void refusesABodyOverItsLimitWith413() {
		var result = decide("""
				{"site":"%s","language":"%s"}""".formatted(site, "x".repeat(20_000)));
		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(recordsOf(site)).isZero();
	}

	private void assertRefused(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
		assertThat(recordsOf(site)).isZero();
	}

	private long recordsOf(String site) {
		return jdbc.sql("SELECT COUNT(*) FROM consent_records WHERE site_id = :site").param("site", UUID.fromString(site))
			.query(Long.class).single();
	}

	private MvcTestResult decide(String body) {
		return mvc.post().uri("/api/v1/consent/records").contentType("text/plain").header("User-Agent", "Firefox/140")
			.content(body).exchange();
	}
}
