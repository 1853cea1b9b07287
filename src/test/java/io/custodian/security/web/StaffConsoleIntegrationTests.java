package io.custodian.security.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.security.internal.ApiTokens.IssuedToken;
import io.custodian.security.internal.StaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@CustodianTest
class StaffConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffDirectory staff;

	@Test
	void nonAdminGetsForbidden() {
		assertThat(mvc.get().uri("/staff").with(support())).hasStatus(403);
		assertThat(mvc.post().uri("/staff/keys/rotation").with(support()).with(csrf())).hasStatus(403);
	}

	@Test
	void adminSeesStaffTokensAndKeys() {
		assertThat(mvc.get().uri("/staff").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Administrator", "API tokens", "Issue a token for yourself", "Rotate encryption key",
					"Add a staff member");
	}

	@Test
	void issuingATokenShowsItsSecretOnce() {
		var result = mvc.post().uri("/staff/tokens").with(admin()).with(csrf())
			.param("name", "CRM sync")
			.param("scopes", "customers:read")
			.param("validDays", "30")
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/staff");
		var issued = (IssuedToken) result.getMvcResult().getFlashMap().get("issued");
		assertThat(issued.secret()).startsWith("cst_");

		assertThat(mvc.get().uri("/staff").with(admin()).flashAttr("issued", issued)).hasStatusOk()
			.bodyText()
			.contains(issued.secret(), "copy it now", "CRM sync");
		assertThat(mvc.get().uri("/staff").with(admin())).hasStatusOk()
			.bodyText()
			.contains("CRM sync")
			.doesNotContain(issued.secret());
	}

	@Test
	void tokenErrorsAreShownWithTheForm() {
		assertThat(mvc.post().uri("/staff/tokens").with(admin()).with(csrf()).param("name", " ")
			.param("scopes", "customers:read")).hasStatus3xxRedirection()
			.flash()
			.containsKey("tokenErrors");
	}

	@Test
	void revokesATokenAndRotatesTheKey() {
		var result = mvc.post().uri("/staff/tokens").with(admin()).with(csrf())
			.param("name", "to revoke")
			.param("scopes", "audit:read")
			.exchange();
		var issued = (IssuedToken) result.getMvcResult().getFlashMap().get("issued");
		assertThat(mvc.post().uri("/staff/tokens/{id}/revocation", issued.token().id()).with(admin()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsKey("notice");
		assertThat(mvc.get().uri("/staff").with(admin())).bodyText().contains("revoked");

		var rotation = mvc.post().uri("/staff/keys/rotation").with(admin()).with(csrf()).exchange();
		assertThat(rotation).hasStatus3xxRedirection();
		assertThat((String) rotation.getMvcResult().getFlashMap().get("notice")).contains("Rotated the encryption key")
			.contains("Re-encrypted");
	}

	@Test
	void createsStaffAndChangesRoleAndStatus() {
		var username = "support-" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(mvc.post().uri("/staff").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "<b>Sam</b>")
			.param("password", "a-long-enough-password")
			.param("role", "support")).hasStatus3xxRedirection()
			.flash()
			.containsKey("notice");
		assertThat(mvc.get().uri("/staff").with(admin())).bodyText().contains(username, "&lt;b&gt;Sam&lt;/b&gt;");

		var member = staff.byUsername(username).orElseThrow();
		assertThat(mvc.post().uri("/staff/{id}", member.id()).with(admin()).with(csrf()).param("role", "analyst"))
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/staff/{id}", member.id()).with(admin()).with(csrf()).param("enabled", "false"))
			.hasStatus3xxRedirection();
		var changed = staff.byUsername(username).orElseThrow();
		assertThat(changed.role()).isEqualTo("analyst");
		assertThat(changed.enabled()).isFalse();

		assertThat(mvc.post().uri("/staff").with(admin()).with(csrf())
			.param("username", "X")
			.param("password", "short")
			.param("role", "support")).hasStatus3xxRedirection()
			.flash()
			.containsKey("staffErrors");
	}

	private static RequestPostProcessor admin() {
		return user("admin").authorities(authorities("ROLE_ADMIN", "SCOPE_customers:read", "SCOPE_customers:write",
				"SCOPE_audit:read", "SCOPE_staff:manage", "SCOPE_keys:manage"));
	}

	private static RequestPostProcessor support() {
		return user("sam").authorities(authorities("ROLE_SUPPORT", "SCOPE_customers:read", "SCOPE_customers:write"));
	}

	private static List<SimpleGrantedAuthority> authorities(String... names) {
		return Arrays.stream(names).map(SimpleGrantedAuthority::new).toList();
	}
}
