package io.custodian.collect.web;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
@ActiveProfiles("bench")
class BenchmarkProfileIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theBenchProfileServesTheBareEndpointsWithoutALogin() {
		for (var path : BenchmarkEndpointIntegrationTests.BARE_ENDPOINTS) {
			var result = mvc.post().uri(path).contentType("text/plain").content("{}").exchange();
			assertThat(result).as(path).hasStatus(HttpStatus.NO_CONTENT);
		}
	}
}
