package io.custodian.purpose;

import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The purpose table as shipped: aggregate-only purposes identify nobody, addresses go to those who ship. */
@CustodianTest
class PurposeRegistryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Purposes purposes;

	Api admin;

	String email;

	String id;

	@BeforeEach
	void supportCustomer() {
		admin = Api.asAdmin(mvc);
		email = "purpose-" + UUID.randomUUID() + "@example.com";
		var result = admin.post("/api/v1/customers", """
				{"email":"%s","name":"Ada Lovelace","phone":"+44 20 7946 0958","company":"Engines Ltd",
				 "postalAddress":"12 St James's Square\\nLondon","country":"gb","preferredLanguage":"en-GB",
				 "attributes":{"tier":"gold"},"source":"customer-form","purposes":["support"]}""".formatted(email))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		id = json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}

	@Test
	void aggregateOnlyPurposesUseNoIdentifyingCategory() {
		for (var name : new String[] { "feedback", "analytics" }) {
			assertThat(purposes.find(name).orElseThrow().categories()).as(name).containsExactly("preferences");
		}
	}

	@Test
	void anAnalystReadsNoIdentifyingFieldOfASupportCustomerForFeedback() {
		var analyst = admin.createStaff("analyst-" + UUID.randomUUID().toString().substring(0, 8), "analyst");
		for (var read : new Api[] { analyst, admin }) {
			var result = read.get("/api/v1/customers/{id}?purpose=feedback", id).exchange();
			assertThat(result).hasStatusOk();
			for (var field : new String[] { "email", "name", "phone", "company", "postalAddress", "country" }) {
				assertThat(result).bodyJson().doesNotHavePath("$." + field);
			}
			assertThat(result).bodyJson().doesNotHavePath("$.attributes.tier");
			assertThat(result).bodyJson().extractingPath("$.preferredLanguage").isEqualTo("en-GB");
		}
	}

	@Test
	void marketingMayNotReadThePostalAddressForGifts() throws Exception {
		var marketing = admin.createStaff("marketing-" + UUID.randomUUID().toString().substring(0, 8), "marketing");
		var denied = marketing.get("/api/v1/customers/{id}?purpose=gifts", id).exchange();
		assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(denied).bodyJson().extractingPath("$.reason").isEqualTo("role-not-permitted");
		assertThat(denied.getResponse().getContentAsString()).doesNotContain("St James");
	}

	@Test
	void supportReadsThePostalAddressToShipAGift() {
		var support = admin.createStaff("support-" + UUID.randomUUID().toString().substring(0, 8), "support");
		var read = support.get("/api/v1/customers/{id}?purpose=gifts", id).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.postalAddress").asString().contains("St James");
	}

	@Test
	void aLookupByEmailForAPurposeTheRoleMayNotUseAnswersTheSameForKnownAndUnknownEmails() throws Exception {
		var analyst = admin.createStaff("analyst-" + UUID.randomUUID().toString().substring(0, 8), "analyst");
		var known = analyst.get("/api/v1/customers?email={e}&purpose=support", email).exchange();
		var unknown = analyst.get("/api/v1/customers?email={e}&purpose=support",
				"nobody-" + UUID.randomUUID() + "@example.com").exchange();
		assertThat(known).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(unknown).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(known.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
		assertThat(known).bodyJson().extractingPath("$.reason").isEqualTo("role-not-permitted");
	}
}
