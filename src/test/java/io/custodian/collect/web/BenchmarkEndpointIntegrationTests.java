package io.custodian.collect.web;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
class BenchmarkEndpointIntegrationTests {

	static final String[] BARE_ENDPOINTS = { "/api/v1/collect/noop", "/api/v1/collect/noop-direct" };

	@Autowired
	MockMvcTester mvc;

	@Test
	void aNormalStartDoesNotServeTheBenchmarksBareEndpoints() {
		for (var path : BARE_ENDPOINTS) {
			var result = mvc.post().uri(path).contentType("text/plain").content("{}").exchange();
			assertThat(result.getResponse().getStatus()).as(path)
				.isIn(HttpStatus.UNAUTHORIZED.value(), HttpStatus.NOT_FOUND.value());
		}
	}
}
