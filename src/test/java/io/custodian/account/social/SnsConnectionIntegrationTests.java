package io.custodian.account.social;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import java.util.concurrent.TimeUnit;
import org.springframework.mock.web.MockHttpSession;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

	@Autowired
	List<PersonalDataStore> stores;

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

	@Test
	void onlyTheFieldsOfTheGrantedScopesArriveWhateverElseTheProviderSends() {
		var customer = flow.customer(null);
		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("narrow", "narrow-" + UUID.randomUUID(), "JWT",
				List.of("custodian"), Map.of("name", "Not Asked For", "phone_number", "+49 30 1234567", "locale", "de"),
				3600));

		assertThat(flow.connect("narrow", flow.signIn(customer))).hasStatus(HttpStatus.FOUND);

		assertThat(vault.summary(customer).fields()).containsOnlyKeys("email");
		assertThat(jdbc.sql("SELECT scopes FROM sns_connections WHERE customer_id = :c").param("c", customer)
			.query(String.class).single()).isEqualTo("email openid");
	}

	@Test
	void aTypedValueIsOnlyOfferedAndSurvivesRevocationWhileTheSnsFieldsGo() {
		var customer = flow.customer("Typed Name");
		oauth.enqueueCallback(callback("mock", Map.of("name", "Sns Name", "phone_number", "+44 20 7946 0001")));
		var account = flow.signIn(customer);
		flow.connect("mock", account);
		assertThat(vault.summary(customer).fields().get("name").source()).isEqualTo("customer-form");
		assertThat(vault.summary(customer).fields().get("phone").source()).isEqualTo("sns:mock");
		var page = mvc.get().uri("/account/connections").cookie(account).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Sns Name", "Typed Name", "Use mock&#39;s value", "Disconnect mock");

		var id = connectionOf(customer);
		assertThat(mvc.post().uri("/account/connections/{id}/revoke", id).cookie(account).with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);

		var fields = vault.summary(customer).fields();
		assertThat(fields).containsOnlyKeys("email", "name");
		assertThat(fields.get("name").source()).isEqualTo("customer-form");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sns_connection_fields WHERE connection_id = :id").param("id", id)
			.query(Integer.class).single()).isZero();
		var row = jdbc.sql("SELECT subject, access_token, refresh_token, revoked_by FROM sns_connections WHERE id = :id")
			.param("id", id).query().singleRow();
		assertThat(row.get("subject")).isNull();
		assertThat(row.get("access_token")).isNull();
		assertThat(row.get("refresh_token")).isNull();
		assertThat(row.get("revoked_by")).isEqualTo("customer");
	}

	@Test
	void aSuspendedCustomerCanStillRevokeAndTheSnsFieldsGo() {
		var customer = flow.customer("Typed Name");
		oauth.enqueueCallback(callback("mock", Map.of("name", "Sns Name", "phone_number", "+44 20 7946 0002")));
		var account = flow.signIn(customer);
		flow.connect("mock", account);
		stores.stream().filter(store -> store.describe().store().equals("customer"))
			.forEach(store -> store.restrict(io.custodian.personaldata.DataSubject.customer(customer)));

		assertThat(mvc.post().uri("/account/connections/{id}/revoke", connectionOf(customer)).cookie(account).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(vault.summary(customer).fields()).containsOnlyKeys("email", "name");
		assertThat(vault.summary(customer).status()).isEqualTo("restricted");
	}

	@Test
	void anAdoptedValueReplacesTheTypedOneUntilRevocationRestoresIt() {
		var customer = flow.customer("Typed Name");
		oauth.enqueueCallback(callback("mock", Map.of("name", "Sns Name")));
		var account = flow.signIn(customer);
		flow.connect("mock", account);
		var id = connectionOf(customer);

		assertThat(mvc.post().uri("/account/connections/{id}/fields/name/adopt", id).cookie(account).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(vault.summary(customer).fields().get("name").source()).isEqualTo("sns:mock");

		mvc.post().uri("/account/connections/{id}/revoke", id).cookie(account).with(csrf()).exchange();
		var name = vault.summary(customer).fields().get("name");
		assertThat(name.source()).isEqualTo("customer-form");
		assertThat(name.purposes()).containsExactly("support");
	}

	@Test
	void revokingCallsTheProvidersRevocationEndpointAndRecordsItsAnswer() throws Exception {
		var customer = flow.customer(null);
		oauth.enqueueCallback(callback("mock", Map.of("name", "Grace Hopper")));
		var account = flow.signIn(customer);
		flow.connect("mock", account);
		var id = connectionOf(customer);
		drain();

		mvc.post().uri("/account/connections/{id}/revoke", id).cookie(account).with(csrf()).exchange();

		var revocation = oauth.takeRequest(5, TimeUnit.SECONDS);
		assertThat(revocation.getPath()).isEqualTo("/mock/revoke");
		assertThat(revocation.getBody().readUtf8()).contains("token=", "token_type_hint=");
		var row = jdbc.sql("SELECT remote_status, remote_answer, remote_token FROM sns_connections WHERE id = :id")
			.param("id", id).query().singleRow();
		assertThat(row.get("remote_status")).isEqualTo("done");
		assertThat(row.get("remote_answer")).isEqualTo("HTTP 200");
		assertThat(row.get("remote_token")).isNull();
		assertThat(vault.summary(customer).fields()).doesNotContainKey("name");
		assertThat(audit(customer)).anyMatch(a -> a.startsWith("sns.revoked"))
			.anyMatch(a -> a.startsWith("sns.revocation-answered ALLOWED"));
	}

	@Test
	void staffAndTheApiSeeAndRevokeConnections() throws Exception {
		var customer = flow.customer(null);
		oauth.enqueueCallback(callback("mock", Map.of("name", "Api Person")));
		flow.connect("mock", flow.signIn(customer));
		var id = connectionOf(customer);
		var admin = Api.asAdmin(mvc);

		assertThat(admin.get("/customers/{id}/connections", customer).exchange()).hasStatusOk().bodyText()
			.contains("mock", "Revoke");
		assertThat(admin.get("/sns/providers").exchange()).hasStatusOk().bodyText().contains("phone", "postalAddress");
		assertThat(admin.get("/api/v1/customers/{id}/connections", customer).exchange()).hasStatusOk().bodyJson()
			.extractingPath("$[0].provider").isEqualTo("mock");

		var revoked = admin.delete("/api/v1/customers/{c}/connections/{id}", customer, id).exchange();

		assertThat(revoked).hasStatusOk().bodyJson().extractingPath("$.remoteStatus").isEqualTo("done");
		assertThat(revoked).bodyJson().extractingPath("$.revokedBy").isEqualTo("api:admin");
		assertThat(revoked.getResponse().getContentAsString()).doesNotContain("token\"");
		assertThat(vault.summary(customer).fields()).doesNotContainKey("name");
	}

	@Test
	void aConnectedAccountSignsTheCustomerInAndAnUnconnectedOneIsSentToEmailSignIn() {
		assertThat(mvc.get().uri("/account/sign-in?lang=en")).hasStatusOk().bodyText()
			.contains("Or sign in with a connected account", "href=\"/oauth2/authorization/mock\"");
		var customer = flow.customer(null);
		var subject = "signer-" + UUID.randomUUID();
		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("mock", subject, "JWT", List.of("custodian"), Map.of(), 3600));
		flow.connect("mock", flow.signIn(customer));

		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("mock", subject, "JWT", List.of("custodian"), Map.of(), 3600));
		var session = new MockHttpSession();
		var signedIn = flow.callback(flow.authorize("mock", session), session);
		assertThat(signedIn).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account");
		assertThat(signedIn.getResponse().getHeader("Set-Cookie")).startsWith(CustomerSessions.COOKIE + "=");
		assertThat(sessions.of(customer)).anyMatch(s -> s.method().equals("sns:mock"));

		var rows = jdbc.sql("SELECT COUNT(*) FROM sns_connections").query(Integer.class).single();
		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("mock", "stranger-" + UUID.randomUUID(), "JWT",
				List.of("custodian"), Map.of("name", "Stranger"), 3600));
		var other = new MockHttpSession();
		var refused = flow.callback(flow.authorize("mock", other), other);
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("first sign in with the link or code");
		assertThat(refused.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sns_connections").query(Integer.class).single()).isEqualTo(rows);
	}

	@Test
	void theExportShowsConnectionsAndTheirFieldsButNoTokenAndErasureRemovesThemAndRevokesAtTheProvider()
			throws Exception {
		var customer = flow.customer(null);
		oauth.enqueueCallback(callback("mock", Map.of("name", "Export Person")));
		flow.connect("mock", flow.signIn(customer));
		var store = stores.stream().filter(s -> s.describe().store().equals("sns")).findFirst().orElseThrow();

		var export = store.export(DataSubject.customer(customer));
		assertThat(export.toString()).contains("provider=mock", "fieldsFromConnection=[name]", "scopes=[")
			.doesNotContain("eyJ", "Token");

		drain();

		assertThat(store.erase(DataSubject.customer(customer)).rowsRemoved()).isPositive();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sns_connections WHERE customer_id = :c").param("c", customer)
			.query(Integer.class).single()).isZero();
		var revocation = oauth.takeRequest(5, TimeUnit.SECONDS);
		assertThat(revocation.getPath()).isEqualTo("/mock/revoke");
		assertThat(revocation.getBody().readUtf8()).contains("token=", "token_type_hint=");
		assertThat(audit(customer)).anyMatch(a -> a.startsWith("sns.revocation-answered ALLOWED"));
	}

	@Test
	void connectingAgainRefreshesTheConnectionAndRemovesWhatTheProviderNoLongerGives() {
		var customer = flow.customer(null);
		var subject = "again-" + UUID.randomUUID();
		var account = flow.signIn(customer);
		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("mock", subject, "JWT", List.of("custodian"),
				Map.of("name", "First Name", "phone_number", "+44 20 7946 0003"), 3600));
		flow.connect("mock", account);
		var id = connectionOf(customer);

		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("mock", subject, "JWT", List.of("custodian"),
				Map.of("name", "Second Name"), 3600));
		assertThat(flow.connect("mock", account)).hasStatus(HttpStatus.FOUND);

		assertThat(connectionOf(customer)).isEqualTo(id);
		assertThat(vault.summary(customer).fields()).containsOnlyKeys("email", "name");
		assertThat(audit(customer)).anyMatch(a -> a.startsWith("sns.refreshed"));
		assertThat(Api.asAdmin(mvc).delete("/api/v1/customers/{c}/connections/{id}", customer, UUID.randomUUID())
			.exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	DefaultOAuth2TokenCallback callback(String issuer, Map<String, Object> claims) {
		return new DefaultOAuth2TokenCallback(issuer, "user-" + UUID.randomUUID(), "JWT", List.of("custodian"), claims,
				3600);
	}

	UUID connectionOf(UUID customer) {
		return jdbc.sql("SELECT id FROM sns_connections WHERE customer_id = :c AND revoked_at IS NULL")
			.param("c", customer).query(UUID.class).single();
	}

	List<String> audit(UUID customer) {
		return jdbc.sql("SELECT action || ' ' || outcome FROM audit_entries WHERE subject = :s ORDER BY seq")
			.param("s", customer.toString()).query(String.class).list();
	}

	void drain() {
		try {
			while (oauth.takeRequest(200, TimeUnit.MILLISECONDS) != null) {
				// earlier requests of the flow
			}
		}
		catch (RuntimeException e) {
			// nothing left
		}
	}
}
