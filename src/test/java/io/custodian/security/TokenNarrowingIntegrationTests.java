package io.custodian.security;

import java.time.Duration;
import java.time.Instant;

import io.custodian.CustodianTest;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
class TokenNarrowingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	Staff staff;

	@BeforeEach
	void setUp() {
		staff = new Staff(mvc, json);
	}

	static String sha256(String secret) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	MvcTestResult issueWith(String token, String body) {
		return mvc.post().uri("/api/v1/tokens").header("Authorization", "Bearer " + token)
			.contentType("application/json").content(body).exchange();
	}

	@Test
	void readOnlyTokenCannotMintAFullScopeToken() {
		var admin = staff.create("admin");
		var analytics = staff.token(admin, "analytics:read");
		var tokensBefore = jdbc.sql("SELECT COUNT(*) FROM api_tokens").query(Long.class).single();

		var minted = issueWith(analytics, """
				{"name":"escalate","scopes":["staff:manage","keys:manage","customers:read","audit:read"],"validDays":730}""");

		assertThat(minted).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(minted).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scopes");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens").query(Long.class).single()).isEqualTo(tokensBefore);
		assertThat(audit.recent(20, null)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("token.issued");
			assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
		});
	}

	@Test
	void tokenWithTokensIssueIssuesOnlyScopesItHolds() {
		var admin = staff.create("admin");
		var issuer = staff.token(admin, "tokens:issue", "analytics:read");

		var wider = issueWith(issuer, "{\"name\":\"wider\",\"scopes\":[\"analytics:read\",\"staff:manage\"]}");
		assertThat(wider).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(wider).bodyJson().extractingPath("$.errors[0].field").isEqualTo("scopes");

		var narrower = issueWith(issuer, "{\"name\":\"narrower\",\"scopes\":[\"analytics:read\"]}");
		assertThat(narrower).hasStatus(HttpStatus.CREATED);
		var secret = json.readTree(narrower.getResponse().getContentAsByteArray()).get("secret").asString();
		assertThat(mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + secret).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void tokenIssuedByATokenExpiresNoLaterThanIt() {
		var admin = staff.create("admin");
		var issuer = staff.token(admin, "tokens:issue", "audit:read");
		jdbc.sql("UPDATE api_tokens SET expires_at = :soon WHERE token_hash = :hash")
			.param("soon", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(2))
			.param("hash", sha256(issuer))
			.update();

		var child = issueWith(issuer, "{\"name\":\"child\",\"scopes\":[\"audit:read\"],\"validDays\":730}");

		assertThat(child).hasStatus(HttpStatus.CREATED);
		var expires = Instant.parse(json.readTree(child.getResponse().getContentAsByteArray())
			.get("token").get("expiresAt").asString());
		assertThat(expires).isBefore(Instant.now().plus(Duration.ofDays(3)));
	}

	@Test
	void demotedAdminsTokenLosesStaffManage() {
		var admin = staff.create("admin");
		var token = staff.token(admin, "staff:manage", "customers:read");
		assertThat(mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token).exchange()).hasStatusOk();

		staff.change(admin, "{\"role\":\"support\"}");

		assertThat(mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void disabledStaffMembersTokenStopsWorkingAtOnce() {
		var officer = staff.create("privacy-officer");
		var token = staff.token(officer, "audit:read");
		assertThat(mvc.get().uri("/api/v1/audit/verify").header("Authorization", "Bearer " + token).exchange())
			.hasStatusOk();

		staff.change(officer, "{\"enabled\":false}");

		assertThat(mvc.get().uri("/api/v1/audit/verify").header("Authorization", "Bearer " + token).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}
}
