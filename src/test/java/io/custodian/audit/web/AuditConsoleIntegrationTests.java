package io.custodian.audit.web;

import java.util.Arrays;
import java.util.List;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The console's audit page on a fresh chain, whose first entries are still among the latest shown. */
@CustodianTest
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class AuditConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsTheChainStatusAndLatestEntries() {
		assertThat(mvc.get().uri("/audit").with(auditor())).hasStatusOk()
			.bodyText()
			.contains("Audit chain", "valid", "Latest entries", "staff.created", "staff:admin");
	}

	@Test
	void filtersBySubject() {
		assertThat(mvc.get().uri("/audit").param("subject", "staff:admin").with(auditor())).hasStatusOk()
			.bodyText()
			.contains("staff.created", "value=\"staff:admin\"", "Clear");
		assertThat(mvc.get().uri("/audit").param("subject", "no-such-subject").with(auditor())).hasStatusOk()
			.bodyText()
			.contains("No entries match");
	}

	@Test
	void subjectFilterIsShownEscaped() {
		assertThat(mvc.get().uri("/audit").param("subject", "\"><script>alert(1)</script>").with(auditor()))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void staffWithoutAuditScopeAreRefused() {
		assertThat(mvc.get().uri("/audit")
			.with(user("sam").authorities(authorities("ROLE_SUPPORT", "SCOPE_customers:read")))).hasStatus(403);
	}

	private static RequestPostProcessor auditor() {
		return user("olivia").authorities(authorities("ROLE_PRIVACY_OFFICER", "SCOPE_audit:read", "SCOPE_customers:read"));
	}

	private static List<SimpleGrantedAuthority> authorities(String... names) {
		return Arrays.stream(names).map(SimpleGrantedAuthority::new).toList();
	}
}
