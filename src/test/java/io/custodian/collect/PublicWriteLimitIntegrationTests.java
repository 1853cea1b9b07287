package io.custodian.collect;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
@TestPropertySource(properties = "custodian.collect.public-writes-per-minute=3")
class PublicWriteLimitIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	MvcTestResult post(String path, String address) {
		return mvc.post().uri(path).contentType("application/json").content("{}").with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).exchange();
	}

	@Test
	void refusesConsentRecordsBeyondTheMinutesAllowanceOfAnAddressWith429() {
		for (int i = 0; i < 3; i++) {
			assertThat(post("/api/v1/consent/records", "198.51.100.7")).hasStatus(HttpStatus.BAD_REQUEST);
		}
		var refused = post("/api/v1/consent/records", "198.51.100.7");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isEqualTo(20);
		assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(post("/api/v1/consent/records", "198.51.100.8")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesPrivacyRequestsAndCodesBeyondTheAllowanceButNotReads() {
		for (int i = 0; i < 3; i++) {
			assertThat(post("/api/v1/privacy-requests", "198.51.100.9").getResponse().getStatus()).isLessThan(429);
		}
		assertThat(post("/api/v1/privacy-requests/00000000-0000-0000-0000-000000000000/code", "198.51.100.9"))
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(mvc.get().uri("/privacy").with(r -> {
			r.setRemoteAddr("198.51.100.9");
			return r;
		}).exchange().getResponse().getStatus()).isNotEqualTo(429);
	}
}
