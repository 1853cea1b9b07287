package io.custodian.console.web;

import io.custodian.CustodianTest;
import io.custodian.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@CustodianTest
class ConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void loginPageRendersTheSignInForm() {
		assertThat(mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("Sign in to the console", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"",
					"action=\"/login\"")
			.doesNotContain("Wrong username or password");
	}

	@Test
	void loginPageExplainsErrorsLockoutsAndSignOut() {
		assertThat(mvc.get().uri("/login?error")).hasStatusOk().bodyText().contains("Wrong username or password");
		assertThat(mvc.get().uri("/login?locked")).hasStatusOk()
			.bodyText()
			.contains("Too many failed attempts; try again later");
		assertThat(mvc.get().uri("/login?logout")).hasStatusOk().bodyText().contains("signed out");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/customers").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void adminSignsInThroughTheFormAndReachesTheOverview() {
		assertThat(mvc.perform(formLogin().user("admin").password(TestDatabase.ADMIN_PASSWORD)))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/");
		assertThat(mvc.perform(formLogin().user("admin").password("wrong-password"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.perform(logout())).hasStatus3xxRedirection().hasRedirectedUrl("/login?logout");
	}

	@Test
	void overviewShowsFiguresChainStatusAndNavigationForTheRole() {
		assertThat(mvc.get().uri("/").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Custodian", "Customers", "Stale fields", "Audit chain", "valid", "Recent activity",
					"Staff &amp; tokens", "action=\"/logout\"");
		assertThat(mvc.get().uri("/").with(support())).hasStatusOk()
			.bodyText()
			.contains("Customers", "Stale data")
			.doesNotContain("Staff &amp; tokens", "href=\"/audit\"", "Recent activity");
	}

	@Test
	void pagesAllowNoInlineScripts() {
		for (var page : new String[] { "/", "/customers", "/stale", "/audit", "/staff" }) {
			assertThat(mvc.get().uri(page).with(admin())).hasStatusOk()
				.bodyText()
				.doesNotContain("onclick=", "onsubmit=", "onchange=", "<script>")
				.contains("<script src=\"/js/console.js\" defer></script>");
		}
	}

	static RequestPostProcessor admin() {
		return user("admin").authorities(authorities("ROLE_ADMIN", "SCOPE_customers:read", "SCOPE_customers:write",
				"SCOPE_audit:read", "SCOPE_staff:manage", "SCOPE_keys:manage"));
	}

	static RequestPostProcessor support() {
		return user("sam").authorities(authorities("ROLE_SUPPORT", "SCOPE_customers:read", "SCOPE_customers:write"));
	}

	private static java.util.List<org.springframework.security.core.authority.SimpleGrantedAuthority> authorities(
			String... names) {
		return java.util.Arrays.stream(names).map(org.springframework.security.core.authority.SimpleGrantedAuthority::new)
			.toList();
	}
}
