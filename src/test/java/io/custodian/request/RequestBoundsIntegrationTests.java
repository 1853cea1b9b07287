package io.custodian.request;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request desk's public bodies are bounded: a body over the limit is a 413, a list or string over its limit a 400
 * naming the field and its place, and nothing of a refused request is stored. Status look-ups are limited per address.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.collect.public-writes-per-minute=3")
class RequestBoundsIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesAHugeIdentifierWith413AndStoresNothing() {
		var before = requestCount();

		var refused = submit("""
				{"email":"ada@example.com","type":"access","identifiers":["%s"]}""".formatted("x".repeat(25 * 1024 * 1024)));

		assertThat(refused).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void refusesEachListAndStringOverItsLimitByFieldAndPlace() {
		var before = requestCount();

		assertThat(submit("""
				{"email":"ada@example.com","type":"access","identifiers":[%s]}""".formatted("\"a\",".repeat(20) + "\"b\"")))
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("identifiers");
		assertThat(submit("""
				{"email":"ada@example.com","type":"access","identifiers":["a","b","c","%s"]}""".formatted("x".repeat(201))))
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("identifiers[3]");
		assertThat(submit("""
				{"email":"ada@example.com","type":"deletion","fields":["name",null]}"""))
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("fields[1]");
		assertThat(submit("""
				{"email":"ada@example.com","type":"correction","changes":{"name":"%s"}}""".formatted("x".repeat(1001))))
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("changes.name");
		assertThat(submit("""
				{"email":"ada@example.com","message":"%s"}""".formatted("x".repeat(10_001))))
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("message");

		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void refusesALanguageOver35CharactersWith400NamingIt() {
		var before = requestCount();

		var refused = submit("""
				{"email":"ada@example.com","type":"access","language":"%s"}""".formatted("de-" + "a".repeat(33)));

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("language");
		assertThat(submit("""
				{"email":"ada@example.com","type":"access","language":"de; drop"}""")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void refusesAnOversizedPrivacyCenterFormAndCodeWith413() {
		var before = requestCount();

		var form = mvc.post().uri("/privacy/requests").with(from("198.51.100.31"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("email=ada%40example.com&type=access&message=" + "x".repeat(300 * 1024)).exchange();
		var code = mvc.post().uri("/api/v1/privacy-requests/{id}/verification", UUID.randomUUID())
			.with(from("198.51.100.32")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + "1".repeat(300 * 1024) + "\"}").exchange();

		assertThat(form).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(code).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(requestCount()).isEqualTo(before);
	}

	@Test
	void saysOneAttemptLeftInTheSingular() {
		var id = mvc.post().uri("/api/v1/privacy-requests").with(from("198.51.100.40"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"email":"nobody-%s@example.com","type":"access"}""".formatted(UUID.randomUUID())).exchange()
			.getResponse().getHeader("Location").split("/")[4];
		MvcTestResult last = null;
		for (int i = 0; i < 4; i++) {
			last = mvc.post().uri("/api/v1/privacy-requests/{id}/verification", id).with(from("198.51.100.4" + (i + 1)))
				.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"000000\"}").exchange();
		}

		assertThat(last).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(last).bodyJson().extractingPath("$.errors[0].reason").isEqualTo("is wrong; 1 attempt left");
	}

	@Test
	void limitsStatusLookUpsPerAddressWith429() {
		var page = "/privacy/requests/" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(mvc.get().uri(page).with(from("198.51.100.50")).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		}

		var refused = mvc.get().uri(page).with(from("198.51.100.50")).exchange();

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(mvc.get().uri("/api/v1/privacy-requests/{id}/status", UUID.randomUUID()).with(from("198.51.100.50"))
			.exchange()).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(mvc.get().uri(page).with(from("198.51.100.51")).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult submit(String body) {
		return mvc.post().uri("/api/v1/privacy-requests").with(from("198.51.101." + ADDRESSES.getAndIncrement() % 250))
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long requestCount() {
		return jdbc.sql("SELECT COUNT(*) FROM privacy_requests").query(Long.class).single();
	}
}
