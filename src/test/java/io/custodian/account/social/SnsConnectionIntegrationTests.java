package io.custodian.account.social;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.account.internal.CustomerSessions;
import io.custodian.customer.CustomerVault;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Connecting an SNS account against a real OpenID Connect server in-process: only the granted scopes' fields arrive. */
@CustodianTest
class SnsConnectionIntegrationTests {

	static final MockOAuth2Server oauth = SnsTestProviders.server();

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		SnsTestProviders.register(registry, oauth, null);
	}

	@AfterAll
	static void stop() {
		oauth.shutdown();
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CustomerSessions sessions;

	@Autowired
	CustomerVault vault;

	@Autowired
	JdbcClient jdbc;

	SnsFlow flow;

	@BeforeEach
	void flow() {
		flow = new SnsFlow(mvc, sessions);
	}

	@Test
	void connectingStoresTheConnectionAndFillsOnlyEmptyFieldsTheGrantedScopesCover() {
		var customer = flow.customer(null);
		var subject = "ada-" + UUID.randomUUID();
		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("mock", subject, "JWT", List.of("custodian"),
				Map.of("name", "Ada Lovelace", "email", "ada.sns@example.com", "phone_number", "+44 20 7946 0000",
						"locale", "en-GB"), 3600));

		var result = flow.connect("mock", flow.signIn(customer));

		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/connections?connected=mock");
		var summary = vault.summary(customer);
		assertThat(summary.fields().get("name").source()).isEqualTo("sns:mock");
		assertThat(summary.fields().get("phone").source()).isEqualTo("sns:mock");
		assertThat(summary.fields().get("preferredLanguage").source()).isEqualTo("sns:mock");
		assertThat(summary.fields().get("email").source()).isEqualTo("customer-form");
		var row = jdbc.sql("SELECT subject, scopes, access_token FROM sns_connections WHERE customer_id = :c")
			.param("c", customer).query().singleRow();
		assertThat(row.get("subject")).isEqualTo(subject);
		assertThat((String) row.get("scopes")).contains("openid", "email", "phone");
		assertThat(new String((byte[]) row.get("access_token"))).doesNotContain("eyJ");
		assertThat(jdbc.sql("SELECT state FROM sns_connection_fields f JOIN sns_connections c ON c.id = f.connection_id "
				+ "WHERE c.customer_id = :c AND f.field = 'email'").param("c", customer).query(String.class).single())
			.isEqualTo("offered");
	}
}
