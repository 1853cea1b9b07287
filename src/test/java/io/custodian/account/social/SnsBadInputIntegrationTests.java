package io.custodian.account.social;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.account.internal.CustomerSessions;
import io.custodian.customer.CustomerVault;
import jakarta.servlet.http.Cookie;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every bad answer at the callback is refused with a clear page, nothing stored and the attempt audited; a provider
 * that cannot be reached stops neither the start nor a revocation, which is retried until the provider answers.
 */
@CustodianTest
class SnsBadInputIntegrationTests {

	static final MockOAuth2Server oauth = SnsTestProviders.server();

	static final FlakyEndpoint flaky = new FlakyEndpoint();

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		SnsTestProviders.register(registry, oauth, flaky);
	}

	@AfterAll
	static void stop() {
		oauth.shutdown();
		flaky.close();
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

	UUID customer;

	Cookie account;

	@BeforeEach
	void signedInCustomer() {
		flow = new SnsFlow(mvc, sessions);
		customer = flow.customer("Typed Name");
		account = flow.signIn(customer);
	}

	@Test
	void aForgedStateIsRefused() {
		var session = new MockHttpSession();
		flow.authorize("mock", session, account);

		var result = flow.callback(URI.create("http://localhost/login/oauth2/code/mock?code=abc&state=forged"), session,
				account);

		assertRefused(result, 400, "state");
	}

	@Test
	void aReplayedCallbackIsRefused() {
		oauth.enqueueCallback(callback("mock", "replayed-" + UUID.randomUUID(), List.of("custodian"), Map.of()));
		var session = new MockHttpSession();
		var callback = flow.authorize("mock", session, account);
		assertThat(flow.callback(callback, session, account)).hasStatus(HttpStatus.FOUND);
		jdbc.sql("DELETE FROM sns_connection_fields").update();
		jdbc.sql("DELETE FROM sns_connections WHERE customer_id = :c").param("c", customer).update();

		assertRefused(flow.callback(callback, session, account), 400, "state");
	}

	@Test
	void anIdTokenWithAWrongNonceIsRefused() {
		oauth.enqueueCallback(callback("mock", "nonce-" + UUID.randomUUID(), List.of("custodian"),
				Map.of("nonce", "not-the-nonce-we-sent")));

		assertRefused(connect("mock"), 400, "id-token");
	}

	@Test
	void anIdTokenWithABadSignatureIsRefused() {
		oauth.enqueueCallback(callback("badkeys", "sig-" + UUID.randomUUID(), List.of("custodian"), Map.of()));

		assertRefused(connect("badkeys"), 400, "id-token");
	}

	@Test
	void anIdTokenForAnotherAudienceIsRefused() {
		oauth.enqueueCallback(callback("mock", "aud-" + UUID.randomUUID(), List.of("someone-else"),
				Map.of("aud", List.of("someone-else"))));

		assertRefused(connect("mock"), 400, "id-token");
	}

	@Test
	void anIdTokenNamingAnotherIssuerIsRefused() {
		oauth.enqueueCallback(callback("mock", "iss-" + UUID.randomUUID(), List.of("custodian"),
				Map.of("iss", "https://issuer.invalid/mock")));

		assertRefused(connect("mock"), 400, "id-token");
	}

	@Test
	void anInvalidOrExpiredCodeIsRefused() {
		flaky.answer(400);
		var session = new MockHttpSession();
		var callback = flow.authorize("slow", session, account);
		var forged = UriComponentsBuilder.fromUri(callback).replaceQueryParam("code", "expired-code").build(true).toUri();

		assertRefused(flow.callback(forged, session, account), 400, "code");
		assertThat(flaky.received).anyMatch(r -> r.startsWith("/token") && r.contains("code=expired-code"));
	}

	@Test
	void aProviderAnswering500IsRefusedAsAProviderFailure() {
		flaky.answer(500);

		assertRefused(connect("slow"), 502, "provider-failed");
	}

	@Test
	void aProviderThatNeverAnswersTimesOut() {
		flaky.neverAnswer();
		var started = System.nanoTime();

		assertRefused(connect("slow"), 502, "provider-failed");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
		flaky.answer(503);
	}

	@Test
	void aCallbackForAnUnknownProviderIsRefused() {
		var result = flow.callback(URI.create("http://localhost/login/oauth2/code/nowhere?code=abc&state=xyz"),
				new MockHttpSession(), account);

		assertRefused(result, 404, "unknown-provider");
		assertThat(mvc.get().uri("/oauth2/authorization/nowhere").cookie(account).exchange())
			.hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("Unknown provider");
	}

	@Test
	void aProviderUnreachableAtStartIsExplainedAndDoesNotStopTheApplication() {
		var result = mvc.get().uri("/oauth2/authorization/down").cookie(account).exchange();

		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).bodyText().contains("cannot be reached");
		assertThat(audit()).anyMatch(a -> a.startsWith("sns.authorization-refused DENIED provider-unavailable"));
	}

	@Test
	void aRevocationTheProviderDoesNotAnswerIsDoneHereAndRetriedUntilItAnswers() {
		flaky.answer(503);
		oauth.enqueueCallback(callback("flaky", "flaky-" + UUID.randomUUID(), List.of("custodian"),
				Map.of("locale", "en-GB")));
		assertThat(connect("flaky")).hasStatus(HttpStatus.FOUND);
		var id = jdbc.sql("SELECT id FROM sns_connections WHERE customer_id = :c").param("c", customer).query(UUID.class)
			.single();
		assertThat(vault.summary(customer).fields()).containsKey("preferredLanguage");

		mvc.post().uri("/account/connections/{id}/revoke", id).cookie(account).with(csrf()).exchange();

		assertThat(vault.summary(customer).fields()).doesNotContainKey("preferredLanguage");
		var pending = jdbc.sql("SELECT remote_status, remote_answer, access_token FROM sns_connections WHERE id = :id")
			.param("id", id).query().singleRow();
		assertThat(pending.get("remote_status")).isEqualTo("pending");
		assertThat((String) pending.get("remote_answer")).startsWith("HTTP 503");
		assertThat(pending.get("access_token")).isNull();

		flaky.answer(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> "done".equals(jdbc
			.sql("SELECT remote_status FROM sns_connections WHERE id = :id").param("id", id).query(String.class).single()));
		assertThat(flaky.received).anyMatch(r -> r.startsWith("/revoke token="));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sns_connections WHERE id = :id AND remote_token IS NULL").param("id", id)
			.query(Integer.class).single()).isOne();
		assertThat(audit()).anyMatch(a -> a.startsWith("sns.revocation-answered FAILED pending"))
			.anyMatch(a -> a.startsWith("sns.revocation-answered ALLOWED done"));
	}

	MvcTestResult connect(String provider) {
		return flow.connect(provider, account);
	}

	void assertRefused(MvcTestResult result, int status, String reason) {
		assertThat(result).hasStatus(status);
		assertThat(result).bodyText().contains(reason, "Nothing was stored");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sns_connections WHERE customer_id = :c").param("c", customer)
			.query(Integer.class).single()).isZero();
		var fields = vault.summary(customer).fields();
		assertThat(fields).containsOnlyKeys("email", "name");
		assertThat(fields.get("name").source()).isEqualTo("customer-form");
		assertThat(audit()).anyMatch(a -> a.startsWith("sns.connect-refused DENIED " + reason));
	}

	List<String> audit() {
		return jdbc.sql("SELECT action || ' ' || outcome || ' ' || COALESCE(detail, '') FROM audit_entries "
				+ "WHERE subject = :s OR subject IS NULL ORDER BY seq").param("s", customer.toString()).query(String.class)
			.list();
	}

	static DefaultOAuth2TokenCallback callback(String issuer, String subject, List<String> audience,
			Map<String, Object> claims) {
		return new DefaultOAuth2TokenCallback(issuer, subject, "JWT", audience, claims, 3600);
	}
}
