package io.custodian.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import io.custodian.Api;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

@CustodianTest
class LoginThrottleIntegrationTests {

	static final int PER_ADDRESS = 30;

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

	static String address() {
		var random = UUID.randomUUID().getLeastSignificantBits();
		return "10." + (random & 127) + "." + ((random >> 8) & 255) + "." + ((random >> 16) & 255);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MvcTestResult basic(String username, String password, String address) {
		return mvc.get().uri("/api/v1/tokens").with(httpBasic(username, password)).with(from(address)).exchange();
	}

	@Test
	void concurrentBadLoginsFromOneAddressAreRefusedBeforeThePasswordCheck() throws Exception {
		var attacker = address();
		var run = Staff.unique("ghost");
		var attempts = new ArrayList<Callable<MvcTestResult>>();
		for (int i = 0; i < PER_ADDRESS + 34; i++) {
			var username = run + "-" + i;
			attempts.add(() -> basic(username, "wrong-password", attacker));
		}
		List<MvcTestResult> results;
		try (var threads = Executors.newFixedThreadPool(16)) {
			results = threads.invokeAll(attempts).stream().map(f -> {
				try {
					return f.get();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}).toList();
		}

		var statuses = results.stream().map(r -> r.getResponse().getStatus()).toList();
		assertThat(Collections.frequency(statuses, 401)).isEqualTo(PER_ADDRESS);
		assertThat(Collections.frequency(statuses, 429)).isEqualTo(34);
		assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 429)
			.allSatisfy(r -> assertThat(r.getResponse().getHeader("Retry-After")).matches("[1-9][0-9]*"));
		var passwordChecks = jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'login' AND subject LIKE :run")
			.param("run", "staff:" + run + "-%").query(Long.class).single();
		assertThat(passwordChecks).isEqualTo(PER_ADDRESS);
	}

	@Test
	void correctPasswordFromAnotherAddressGetsInWhileTheAttackersAddressIsLimited() {
		var victim = staff.create("support");
		var attacker = address();
		for (int i = 0; i < 3; i++) {
			assertThat(basic(victim, "guess-" + i, attacker)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		for (int i = 3; i < PER_ADDRESS; i++) {
			assertThat(basic(Staff.unique("spray"), "guess-" + i, attacker)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(basic(victim, Staff.password(victim), attacker)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);

		assertThat(basic(victim, Staff.password(victim), address())).hasStatusOk();
	}

	@Test
	void lockedAccountIsUnlockedByAnAdminAndBothAreAudited() {
		var victim = staff.create("support");
		var where = address();
		for (int i = 0; i < 5; i++) {
			assertThat(basic(victim, "guess-" + i, where)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		var refused = basic(victim, Staff.password(victim), where);
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("Too many failed logins");

		assertThat(Api.asAdmin(mvc).post("/api/v1/staff/{id}/unlock", "", staff.id(victim)).exchange()).hasStatusOk();

		assertThat(basic(victim, Staff.password(victim), where)).hasStatusOk();
		assertThat(audit.recent(20, "staff:" + victim)).extracting(e -> e.action() + " " + e.outcome())
			.contains("login.locked " + AuditEvent.Outcome.DENIED, "staff.unlocked " + AuditEvent.Outcome.ALLOWED);
	}

	@Test
	void consoleShowsTheDelayAndItsUnlockButtonLiftsIt() {
		var victim = staff.create("analyst");
		var where = address();
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.post().uri("/login").param("username", victim).param("password", "guess-" + i)
				.with(csrf()).with(from(where))).hasRedirectedUrl("/login?error");
		}
		assertThat(mvc.post().uri("/login").param("username", victim).param("password", Staff.password(victim))
			.with(csrf()).with(from(where))).hasRedirectedUrl("/login?locked");

		var admin = staff.signIn(staff.create("admin"));
		assertThat(mvc.get().uri("/staff").session(admin)).bodyText().contains("Unlock sign-in");
		assertThat(mvc.post().uri("/staff/{id}/unlock", staff.id(victim)).session(admin).with(csrf()))
			.hasRedirectedUrl("/staff").flash().containsKey("notice");

		assertThat(mvc.post().uri("/login").param("username", victim).param("password", Staff.password(victim))
			.with(csrf()).with(from(where))).hasRedirectedUrl("/");
	}
}
