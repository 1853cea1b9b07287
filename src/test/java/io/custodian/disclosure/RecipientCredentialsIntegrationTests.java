package io.custodian.disclosure;

import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Recipients pulling their allowed fields with their own credential, and nothing else. */
@CustodianTest
class RecipientCredentialsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	Api admin;

	@BeforeEach
	void signIn() {
		admin = Api.asAdmin(mvc);
	}

	@Test
	void aCredentialPullsOnlyItsAllowedFieldsAndThePullIsRecordedWithTheCredentialAsActor() throws Exception {
		var shipper = recipient();
		var customer = customer();
		var credential = issue(shipper);
		var pulled = pull(credential.get("secret").asString(), "gifts", customer);
		assertThat(pulled).hasStatusOk();
		var row = read(pulled).get("customers").get(0);
		assertThat(row.propertyNames()).containsExactly("id", "name", "postalAddress");
		var id = credential.get("credential").get("id").asString();
		assertThat(admin.get("/api/v1/customers/{id}/disclosures", customer).exchange()).bodyJson()
			.extractingPath("$[0].actor").isEqualTo("recipient-credential:" + id);
		var listed = admin.get("/api/v1/recipients/{id}/credentials", shipper).exchange();
		assertThat(listed).bodyJson().extractingPath("$[0].lastUsedAt").isNotNull();
		assertThat(listed.getResponse().getContentAsString()).doesNotContain(credential.get("secret").asString());
	}

	@Test
	void aCredentialStopsWorkingWhenItsIssuerNoLongerHoldsARoleThatMayDisclose() throws Exception {
		var shipper = recipient();
		var customer = customer();
		var username = "po-" + UUID.randomUUID().toString().substring(0, 8);
		var password = "privacy-officer-password-1";
		var created = admin.post("/api/v1/staff", """
				{"username":"%s","displayName":"Pat Officer","password":"%s","role":"privacy-officer"}"""
			.formatted(username, password)).exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		var issued = Api.as(mvc, username, password)
			.post("/api/v1/recipients/{id}/credentials", "{\"label\":\"Pat's\"}", shipper).exchange();
		assertThat(issued).hasStatus(HttpStatus.CREATED);
		var secret = read(issued).get("secret").asString();
		assertThat(pull(secret, "gifts", customer)).hasStatusOk();

		var staffId = read(created).get("id").asString();
		assertThat(admin.patch("/api/v1/staff/{id}", "{\"role\":\"analyst\"}", staffId).exchange()).hasStatusOk();
		assertThat(pull(secret, "gifts", customer)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aPurposeTheRecipientMayNotReceiveIsForbidden() throws Exception {
		var shipper = recipient();
		var secret = issue(shipper).get("secret").asString();
		var refused = pull(secret, "product-news", customer());
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refused.getResponse().getContentAsString()).contains("purpose-not-allowed");
	}

	@Test
	void aRevokedUnknownOrMissingCredentialIsUnauthorized() throws Exception {
		var shipper = recipient();
		var credential = issue(shipper);
		var secret = credential.get("secret").asString();
		var id = credential.get("credential").get("id").asString();
		assertThat(admin.delete("/api/v1/recipients/{r}/credentials/{c}", shipper, id).exchange())
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(pull(secret, "gifts", customer())).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(admin.delete("/api/v1/recipients/{r}/credentials/{c}", shipper, id).exchange())
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(pull("rcp_" + UUID.randomUUID(), "gifts", customer())).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/api/v1/recipient/disclosures").contentType(MediaType.APPLICATION_JSON)
			.content(body("gifts", customer())).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aCredentialReachesNothingButTheRecipientApiAndStaffReachNothingThere() throws Exception {
		var shipper = recipient();
		var customer = customer();
		var secret = issue(shipper).get("secret").asString();
		assertThat(mvc.get().uri("/api/v1/customers/{id}?purpose=gifts", customer)
			.header("Authorization", "Bearer " + secret).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/recipients/{id}/credentials", shipper)
			.header("Authorization", "Bearer " + secret).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(admin.post("/api/v1/recipient/disclosures", body("gifts", customer)).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void theConsoleIssuesAndRevokesACredentialShowingTheSecretOnce() throws Exception {
		var shipper = recipient();
		var issued = mvc.post().uri("/recipients/{id}/credentials", shipper).with(staff()).with(csrf())
			.param("label", "ERP sync").param("expires", "").exchange();
		assertThat(issued).hasStatus(HttpStatus.FOUND);
		var secret = (String) issued.getMvcResult().getFlashMap().get("issuedSecret");
		assertThat(secret).startsWith("rcp_");
		var page = mvc.get().uri("/recipients/{id}", shipper).with(staff()).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Credentials", "ERP sync", "active", "never")
			.doesNotContain(secret);
		var id = json.readTree(admin.get("/api/v1/recipients/{id}/credentials", shipper).exchange().getResponse()
			.getContentAsByteArray()).get(0).get("id").asString();
		assertThat(mvc.post().uri("/recipients/{r}/credentials/{c}/revocation", shipper, id).with(staff()).with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/recipients/{id}", shipper).with(staff()).exchange()).bodyText().contains("revoked");
		assertThat(pull(secret, "gifts", customer())).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aBadLabelOrExpiryIsRefusedNamingTheField() {
		var shipper = recipient();
		var refused = admin.post("/api/v1/recipients/{id}/credentials", """
				{"label":"x","expires":"2000-01-01"}""", shipper).exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("expires");
		var tooLong = admin.post("/api/v1/recipients/{id}/credentials", "{\"label\":\"" + "x".repeat(201) + "\"}",
				shipper).exchange();
		assertThat(tooLong).bodyJson().extractingPath("$.errors[0].field").isEqualTo("label");
	}

	private MvcTestResult pull(String secret, String purpose, UUID customer) {
		return mvc.post().uri("/api/v1/recipient/disclosures").header("Authorization", "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON).content(body(purpose, customer)).exchange();
	}

	private String body(String purpose, UUID customer) {
		return json.writeValueAsString(new DisclosureRequest(purpose, List.of(customer), "json", "contract", null));
	}

	private JsonNode issue(UUID recipient) throws Exception {
		var issued = admin.post("/api/v1/recipients/{id}/credentials", "{\"label\":\"Shop sync\"}", recipient)
			.exchange();
		assertThat(issued).hasStatus(HttpStatus.CREATED);
		return read(issued);
	}

	private JsonNode read(MvcTestResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private UUID recipient() {
		var result = admin.post("/api/v1/recipients", """
				{"name":"Parcel Express","kind":"processor","legalEntity":"Parcel Express GmbH","country":"DE",
				 "contractReference":"DPA-1","purposes":{"gifts":["name","postalAddress"]}}""").exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private UUID customer() {
		var result = admin.post("/api/v1/customers", """
				{"email":"%s@example.com","name":"Ada Lovelace","phone":"+44 20 7946 0958",
				 "postalAddress":"12 St James's Square, London","country":"GB","source":"staff","purposes":["gifts"]}"""
			.formatted(UUID.randomUUID())).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return httpBasic("admin", TestDatabase.ADMIN_PASSWORD);
	}
}
