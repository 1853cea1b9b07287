package io.custodian.security;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@CustodianTest
class SessionRecheckIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Staff staff;

	@BeforeEach
	void setUp() {
		staff = new Staff(mvc, json);
	}

	@Test
	void disabledOfficersSessionNoLongerReadsTheAudit() {
		var officer = staff.create("privacy-officer");
		var session = staff.signIn(officer);
		assertThat(mvc.get().uri("/audit").session(session)).hasStatusOk();

		staff.change(officer, "{\"enabled\":false}");

		assertThat(mvc.get().uri("/audit").session(session)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void disabledAdminsSessionCannotCreateStaff() {
		var admin = staff.create("admin");
		var session = staff.signIn(admin);
		staff.change(admin, "{\"enabled\":false}");
		var username = Staff.unique("created-by-disabled");

		var created = mvc.post().uri("/staff").session(session).with(csrf()).param("username", username)
			.param("password", "a-long-enough-password").param("role", "admin").exchange();

		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?expired");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM staff WHERE username = :u").param("u", username).query(Long.class)
			.single()).isZero();
	}

	@Test
	void demotedOfficersSessionLosesWhatTheNewRoleDoesNotAllow() {
		var officer = staff.create("privacy-officer");
		var session = staff.signIn(officer);
		assertThat(mvc.get().uri("/audit").session(session)).hasStatusOk();

		staff.change(officer, "{\"role\":\"support\"}");

		assertThat(mvc.get().uri("/audit").session(session)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/").session(session)).hasStatusOk();
	}

	@Test
	void promotedStaffMembersSessionGainsTheNewRoleAtOnce() {
		var support = staff.create("support");
		var session = staff.signIn(support);
		assertThat(mvc.get().uri("/audit").session(session)).hasStatus(HttpStatus.FORBIDDEN);

		staff.change(support, "{\"role\":\"privacy-officer\"}");

		assertThat(mvc.get().uri("/audit").session(session)).hasStatusOk();
	}
}
