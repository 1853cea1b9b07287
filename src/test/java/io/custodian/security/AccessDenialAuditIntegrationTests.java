package io.custodian.security;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@CustodianTest
class AccessDenialAuditIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	AuditTrail audit;

	Staff staff;

	@BeforeEach
	void setUp() {
		staff = new Staff(mvc, json);
	}

	@Test
	void apiDenialsOfStaffRolesAndKeysAreAudited() {
		var marketing = staff.create("marketing");
		var api = Api.as(mvc, marketing, Staff.password(marketing));
		var target = staff.id(staff.create("support"));

		assertThat(api.get("/api/v1/staff").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(api.patch("/api/v1/staff/{id}", "{\"role\":\"admin\"}", target).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(api.post("/api/v1/keys/rotation", "").exchange()).hasStatus(HttpStatus.FORBIDDEN);

		assertDenied(marketing, "GET /api/v1/staff");
		assertDenied(marketing, "PATCH /api/v1/staff/" + target);
		assertDenied(marketing, "POST /api/v1/keys/rotation");
	}

	@Test
	void consoleDenialsAreAudited() {
		var support = staff.create("support");
		var session = staff.signIn(support);

		assertThat(mvc.post().uri("/staff/keys/rotation").session(session).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/staff").session(session)).hasStatus(HttpStatus.FORBIDDEN);

		assertDenied(support, "POST /staff/keys/rotation");
		assertDenied(support, "GET /staff");
	}

	@Test
	void tokenScopeDenialsAreAudited() {
		var admin = staff.create("admin");
		var token = staff.token(admin, "analytics:read");

		assertThat(mvc.get().uri("/api/v1/staff").header("Authorization", "Bearer " + token).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);

		assertDenied(admin, "GET /api/v1/staff");
	}

	private void assertDenied(String actor, String subject) {
		assertThat(audit.recent(10, subject)).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo(actor);
			assertThat(entry.action()).isEqualTo("access");
			assertThat(entry.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
		});
	}
}
