package io.custodian.security;

import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@CustodianTest
class StaffSecurityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String issueToken(Api api, String scopes) {
		var result = api.post("/api/v1/tokens", """
				{"name":"integration","scopes":[%s]}""".formatted(scopes)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return json.readTree(result.getResponse().getContentAsByteArray()).get("secret").asString();
	}

	@Test
	void bearerTokenWorksWithinItsScopes() {
		var token = issueToken(Api.asAdmin(mvc), "\"audit:read\"");
		assertThat(token).startsWith("cst_");
		assertThat(mvc.get().uri("/api/v1/audit/verify").header("Authorization", "Bearer " + token).exchange())
			.hasStatusOk();
		var outOfScope = mvc.post().uri("/api/v1/customers").header("Authorization", "Bearer " + token)
			.contentType("application/json").content("{\"email\":\"t@example.com\",\"purposes\":[\"support\"]}")
			.exchange();
		assertThat(outOfScope).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void storesTokensOnlyAsHashes() {
		var token = issueToken(Api.asAdmin(mvc), "\"customers:read\"");
		var stored = jdbc.sql("SELECT token_hash FROM api_tokens").query(String.class).list();
		assertThat(stored).doesNotContain(token).allSatisfy(h -> assertThat(h).hasSize(64));
	}

	@Test
	void revokedTokenIsRefused() throws Exception {
		var admin = Api.asAdmin(mvc);
		var token = issueToken(admin, "\"audit:read\"");
		var id = json.readTree(admin.get("/api/v1/tokens").exchange().getResponse().getContentAsByteArray())
			.get(0).get("id").asString();
		assertThat(admin.delete("/api/v1/tokens/{id}", id).exchange()).hasStatus(HttpStatus.NO_CONTENT);
		var refused = mvc.get().uri("/api/v1/audit/verify").header("Authorization", "Bearer " + token).exchange();
		assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("revoked");
	}

	@Test
	void expiredTokenIsRefused() {
		var token = issueToken(Api.asAdmin(mvc), "\"audit:read\"");
		jdbc.sql("UPDATE api_tokens SET expires_at = created_at").update();
		assertThat(mvc.get().uri("/api/v1/audit/verify").header("Authorization", "Bearer " + token).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void tokenCannotExceedItsOwnersRole() {
		var support = Api.asAdmin(mvc).createStaff("support-" + UUID.randomUUID().toString().substring(0, 8), "support");
		var result = support.post("/api/v1/tokens", """
				{"name":"too much","scopes":["staff:manage"]}""").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scopes");
	}

	@Test
	void nonAdminsCannotManageStaff() {
		var marketing = Api.asAdmin(mvc).createStaff("mkt-" + UUID.randomUUID().toString().substring(0, 8), "marketing");
		assertThat(marketing.get("/api/v1/staff").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(marketing.post("/api/v1/keys/rotation", "").exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void locksOutAUsernameAfterRepeatedFailures() {
		var username = "victim-" + UUID.randomUUID().toString().substring(0, 8);
		var victim = Api.asAdmin(mvc).createStaff(username, "support");
		assertThat(victim.get("/api/v1/tokens").exchange()).hasStatusOk();
		for (int i = 0; i < 5; i++) {
			assertThat(Api.as(mvc, username, "guess-number-" + i).get("/api/v1/tokens").exchange())
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}
		var locked = victim.get("/api/v1/tokens").exchange();
		assertThat(locked).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(locked.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(locked).bodyJson().extractingPath("$.detail").asString().contains("Too many failed logins");
	}

	@Test
	void hashesPasswordsWithTheDelegatingEncoder() {
		var hashes = jdbc.sql("SELECT password_hash FROM staff").query(String.class).list();
		assertThat(hashes).allSatisfy(h -> assertThat(h).startsWith("{bcrypt}"));
		assertThat(String.join("", hashes)).doesNotContain(io.custodian.TestDatabase.ADMIN_PASSWORD);
	}

	@Test
	void refusesWeakPasswordsAndUnknownRoles() {
		var result = Api.asAdmin(mvc).post("/api/v1/staff", """
				{"username":"weak","password":"short","role":"overlord"}""").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("password", "role");
	}

	@Test
	void consoleSendsSecurityHeaders() {
		var page = mvc.get().uri("/login").exchange();
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.contains("script-src 'self'");
		assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void consoleRequiresCsrfTokenOnForms() {
		assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "x").exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		var login = mvc.post().uri("/login").param("username", "admin")
			.param("password", io.custodian.TestDatabase.ADMIN_PASSWORD).with(csrf()).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
	}

	@Test
	void healthIsPublicAndMetricsAreNot() {
		assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(Api.asAdmin(mvc).get("/actuator/prometheus").exchange()).hasStatusOk();
	}
}
