package io.custodian.customer.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@CustodianTest
class CustomerConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anonymousCustomersPageRedirectsToLogin() {
		assertThat(mvc.get().uri("/customers").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void createdCustomerAppearsInTheListAndShowsItsEmailThroughSupport() {
		var email = unique("ada");
		var id = create(email, "Ada Lovelace");

		assertThat(mvc.get().uri("/customers").with(admin())).hasStatusOk()
			.bodyText()
			.contains(id.toString(), "Latest customers", "New customer");
		assertThat(mvc.get().uri("/customers/{id}?purpose=support", id).with(admin())).hasStatusOk()
			.bodyText()
			.contains(email, "Ada Lovelace", "Customer confirmed their data", "Save changes");
		assertThat(mvc.get().uri("/customers").param("email", email.toUpperCase()).param("purpose", "support").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("Found through purpose", email, "Open customer");
	}

	@Test
	void scriptEnteredAsANameIsShownEscaped() {
		var email = unique("mallory");
		var id = create(email, "<script>alert(1)</script>");

		assertThat(mvc.get().uri("/customers/{id}?purpose=support", id).with(admin())).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(mvc.get().uri("/customers").param("email", email).param("purpose", "support").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void refusalsOfTheVaultAreShownInline() {
		var email = unique("grace");
		create(email, "Grace Hopper");

		assertThat(mvc.get().uri("/customers").param("email", email).param("purpose", "analytics").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("Not allowed for this purpose", "purpose-not-compatible")
			.doesNotContain(email + "</dd>");
		assertThat(mvc.get().uri("/customers").param("email", unique("nobody")).param("purpose", "support").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("No customer with this email");
		assertThat(mvc.get().uri("/customers").param("email", "not an email").param("purpose", "support").with(admin()))
			.hasStatusOk()
			.bodyText()
			.contains("is not a valid email address");
	}

	@Test
	void fieldsThePurposeMayNotUseAreHiddenWithTheirMetadata() {
		var id = create(unique("linus"), "Linus");

		assertThat(mvc.get().uri("/customers/{id}?purpose=analytics", id).with(admin())).hasStatusOk()
			.bodyText()
			.contains("purpose-not-compatible", "hidden for this purpose", "staff", "support");
	}

	@Test
	void invalidFieldsAreNamedNextToTheForm() {
		assertThat(mvc.post().uri("/customers").with(admin()).with(csrf())
			.param("email", "no-at-sign").param("country", "XX").param("source", "staff")
			.param("purposes", "support")).hasStatusOk()
			.bodyText()
			.contains("is not a valid email address", "must be an ISO 3166-1 alpha-2 country code", "value=\"no-at-sign\"",
					"aria-invalid=\"true\"");
		assertThat(mvc.post().uri("/customers").with(admin()).with(csrf()).param("email", unique("nopurpose"))
			.param("source", "staff")).hasStatusOk()
			.bodyText()
			.contains("name at least one purpose");
	}

	@Test
	void postingWithoutCsrfIsRefused() {
		assertThat(mvc.post().uri("/customers").with(admin()).param("email", unique("x")).param("purposes", "support"))
			.hasStatus(403);
	}

	@Test
	void staffEditsAFieldAndConfirmsTheData() {
		var email = unique("edit");
		var id = create(email, "Old Name");

		assertThat(mvc.post().uri("/customers/{id}", id).with(admin()).with(csrf())
			.param("purpose", "support")
			.param("value.email", email).param("original.email", email)
			.param("value.name", "New Name").param("original.name", "Old Name")
			.param("value.country", "de").param("original.country", ""))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/customers/" + id + "?purpose=support")
			.flash().containsEntry("notice", "Saved: country, name.");
		assertThat(mvc.get().uri("/customers/{id}?purpose=support", id).with(admin())).hasStatusOk()
			.bodyText()
			.contains("New Name", "DE")
			.doesNotContain("Old Name");

		assertThat(mvc.post().uri("/customers/{id}/confirmation", id).with(admin()).with(csrf()).param("purpose", "support"))
			.hasStatus3xxRedirection()
			.flash().containsKey("notice");
	}

	@Test
	void staleDataPageShowsTheCutoffAndPages() {
		assertThat(mvc.get().uri("/stale").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Fields not confirmed by their customer", "stale");
	}

	@Test
	void supportStaffCanUseCustomersButNotStaffPages() {
		assertThat(mvc.get().uri("/customers").with(support())).hasStatusOk();
		assertThat(mvc.get().uri("/staff").with(support())).hasStatus(403);
	}

	private UUID create(String email, String name) {
		var result = mvc.post().uri("/customers").with(admin()).with(csrf())
			.param("email", email)
			.param("name", name)
			.param("phone", "")
			.param("company", "")
			.param("postalAddress", "")
			.param("country", "")
			.param("preferredLanguage", "en")
			.param("source", "staff")
			.param("purposes", "support")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		var location = result.getMvcResult().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/customers/").endsWith("?purpose=support");
		return UUID.fromString(location.substring("/customers/".length(), location.indexOf('?')));
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	static RequestPostProcessor admin() {
		return user("admin").authorities(authorities("ROLE_ADMIN", "SCOPE_customers:read", "SCOPE_customers:write",
				"SCOPE_audit:read", "SCOPE_staff:manage", "SCOPE_keys:manage"));
	}

	static RequestPostProcessor support() {
		return user("sam").authorities(authorities("ROLE_SUPPORT", "SCOPE_customers:read", "SCOPE_customers:write"));
	}

	private static List<SimpleGrantedAuthority> authorities(String... names) {
		return Arrays.stream(names).map(SimpleGrantedAuthority::new).toList();
	}
}
