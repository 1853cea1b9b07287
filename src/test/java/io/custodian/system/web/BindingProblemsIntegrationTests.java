package io.custodian.system.web;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
class BindingProblemsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aBeanValidationRefusalNamesTheFieldAndTheReason() {
		var result = Api.asAdmin(mvc).put("/api/v1/consent-records/{id}/customer", "{}", "some-consent").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerId");
		assertThat(result).bodyJson().extractingPath("$.errors[0].reason").isEqualTo("is required");
	}

	@Test
	void aValueJacksonCannotBindNamesTheField() {
		var result = Api.asAdmin(mvc).put("/api/v1/consent-records/{id}/customer", """
				{"customerId":"not-a-uuid"}""", "some-consent").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerId");
	}

	@Test
	void anElementJacksonCannotBindIsNamedByItsIndex() {
		var result = Api.asAdmin(mvc).post("/api/v1/tokens", """
				{"name":"ci","scopes":["customers:read",{"scope":"customers:write"}],"validDays":1}""").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scopes[1]");
	}

	@Test
	void aBodyJacksonCannotBindNamesNoClassOfOurs() {
		var result = mvc.post().uri("/api/v1/privacy-requests").contentType("application/json")
			.content("""
					{"email":"x@example.com","type":"access","identifiers":["a",["b"]]}""")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].reason").asString().doesNotContain("io.custodian");
	}
}
