package io.custodian.disclosure.web;

import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The console registers a recipient, discloses to it, and shows the log per recipient, per customer and in the record. */
@CustodianTest
class DisclosureConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersARecipientDisclosesToItAndShowsTheDisclosureEverywhere() throws Exception {
		var name = "Console Parcel " + UUID.randomUUID().toString().substring(0, 8);
		var created = mvc.post().uri("/recipients").with(admin()).with(csrf()).param("name", name)
			.param("kind", "processor").param("legalEntity", "Console Parcel GmbH").param("country", "at")
			.param("contractReference", "DPA-9").param("contractExpires", "2099-12-31").param("active", "true")
			.param("allowed", "gifts: name, postalAddress, phone").exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		var recipient = created.getResponse().getRedirectedUrl().substring("/recipients/".length());
		assertThat(mvc.get().uri("/recipients").with(admin()).exchange()).hasStatusOk().bodyText().contains(name);

		var customer = customer();
		var disclosed = mvc.post().uri("/recipients/{id}/disclosures", recipient).with(admin()).with(csrf())
			.param("purpose", "gifts").param("legalBasis", "contract").param("format", "json")
			.param("customers", customer + "\n" + UUID.randomUUID()).exchange();
		assertThat(disclosed).hasStatusOk().bodyText().contains("Grace Hopper", "1 customer(s) disclosed, 1 left out",
				"unknown").doesNotContain("grace@");

		assertThat(mvc.get().uri("/customers/{id}/disclosures", customer).with(admin()).exchange()).hasStatusOk()
			.bodyText().contains(name, "gifts", "contract", "postalAddress");
		assertThat(mvc.get().uri("/recipients/{id}", recipient).with(admin()).exchange()).hasStatusOk().bodyText()
			.contains(customer.toString(), "staff:admin");
		assertThat(mvc.get().uri("/record-of-processing").with(admin()).exchange()).hasStatusOk().bodyText()
			.contains(name, "not needed (EU/EEA or adequacy)", "disclosure");
	}

	@Test
	void aBadFormIsShownWithTheFieldsNamedAndNothingIsRegistered() {
		var before = jdbc.sql("SELECT COUNT(*) FROM disclosure_recipients").query(Long.class).single();
		var refused = mvc.post().uri("/recipients").with(admin()).with(csrf()).param("name", "Offshore")
			.param("kind", "partner").param("legalEntity", "Offshore Ltd").param("country", "IN")
			.param("contractReference", "C-1").param("allowed", "gifts: email, shoeSize").exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("safeguard", "shoeSize");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_recipients").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aReaderCannotRegisterRecipients() {
		assertThat(mvc.post().uri("/recipients").with(user("sam").authorities(AuthorityUtils.createAuthorityList(
				"ROLE_SUPPORT", "SCOPE_disclosures:read"))).with(csrf()).param("name", "X")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private UUID customer() throws Exception {
		var result = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"grace-%s@example.com","name":"Grace Hopper","phone":"+1 202 555 0100",
				 "postalAddress":"1 Navy Yard, Washington","source":"staff","purposes":["gifts"]}""".formatted(UUID.randomUUID()))
			.exchange();
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	static RequestPostProcessor admin() {
		return user("admin").authorities(AuthorityUtils.createAuthorityList("ROLE_ADMIN", "SCOPE_customers:read",
				"SCOPE_disclosures:read", "SCOPE_disclosures:manage"));
	}
}
