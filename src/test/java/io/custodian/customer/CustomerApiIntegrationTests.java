package io.custodian.customer;

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

@CustodianTest
class CustomerApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	Api admin;

	@BeforeEach
	void setUp() {
		admin = Api.asAdmin(mvc);
	}

	String create(String email, String purposes) {
		var result = admin.post("/api/v1/customers", """
				{"email":"%s","name":"Ada Lovelace","phone":"+44 20 7946 0958","company":"Analytical Engines Ltd",
				 "postalAddress":"12 St James's Square\\nLondon","country":"gb","preferredLanguage":"en-GB",
				 "attributes":{"tier":"gold"},"source":"customer-form","purposes":[%s]}"""
			.formatted(email, purposes)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result.getResponse().getHeader("Location")).startsWith("/api/v1/customers/");
		return json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}

	@Test
	void createsCustomerAndReadsItThroughSupport() {
		var id = create("ada-" + UUID.randomUUID() + "@example.com", "\"support\"");
		var read = admin.get("/api/v1/customers/{id}?purpose=support", id).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.name").isEqualTo("Ada Lovelace");
		assertThat(read).bodyJson().extractingPath("$.country").isEqualTo("GB");
		assertThat(read).bodyJson().extractingPath("$.attributes.tier").isEqualTo("gold");
		assertThat(read).bodyJson().extractingPath("$.fields.name.source").isEqualTo("customer-form");
		assertThat(read).bodyJson().extractingPath("$.fields.name.purposes[0]").isEqualTo("support");
		assertThat(read).bodyJson().extractingPath("$.fields.name.verifiedAt").isNotNull();
	}

	@Test
	void refusesDuplicateEmailInAnyLetterCase() {
		var email = "grace-" + UUID.randomUUID() + "@example.com";
		create(email, "\"support\"");
		var duplicate = admin.post("/api/v1/customers", """
				{"email":"%s","source":"staff","purposes":["support"]}""".formatted(email.toUpperCase())).exchange();
		assertThat(duplicate).hasStatus(HttpStatus.CONFLICT);
		assertThat(duplicate.getResponse().getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void refusesInvalidEmailNamingTheField() {
		var result = admin.post("/api/v1/customers", """
				{"email":"not-an-email","source":"staff","purposes":["support"]}""").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
		assertThat(result).bodyJson().extractingPath("$.errors[0].reason").asString().contains("valid email");
	}

	@Test
	void reportsEveryInvalidFieldAtOnceAndStoresNothing() {
		var email = "bad-" + UUID.randomUUID() + "@example.com";
		var result = admin.post("/api/v1/customers", """
				{"email":"%s","country":"Germany","preferredLanguage":"xx_YY!","source":"fax","purposes":["spam"]}"""
			.formatted(email)).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field")
			.asArray().contains("country", "preferredLanguage", "source", "purposes");
		assertThat(admin.get("/api/v1/customers?email={e}&purpose=support", email).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesMalformedJsonAndWrongTypes() {
		assertThat(admin.post("/api/v1/customers", "{\"email\":").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		var wrongType = admin.post("/api/v1/customers", """
				{"email":"x@example.com","purposes":"support"}""").exchange();
		assertThat(wrongType).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(wrongType).bodyJson().extractingPath("$.errors[0].field").isEqualTo("purposes");
	}

	@Test
	void requiresAPurposeToRead() {
		var id = create("lin-" + UUID.randomUUID() + "@example.com", "\"support\"");
		var result = admin.get("/api/v1/customers/{id}", id).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("purpose");
		assertThat(admin.get("/api/v1/customers/{id}?purpose=curiosity", id).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void findsCustomerByEmailInAnyLetterCase() {
		var email = "Hopper-" + UUID.randomUUID() + "@Example.com";
		var id = create(email, "\"support\"");
		var found = admin.get("/api/v1/customers?email={e}&purpose=support", email.toUpperCase()).exchange();
		assertThat(found).hasStatusOk();
		assertThat(found).bodyJson().extractingPath("$.id").isEqualTo(id);
		assertThat(found).bodyJson().extractingPath("$.email").isEqualTo(email.toLowerCase());
	}

	@Test
	void showsOnlyTheFieldsThePurposeMayUse() {
		var id = create("ana-" + UUID.randomUUID() + "@example.com", "\"support\",\"analytics\"");
		var read = admin.get("/api/v1/customers/{id}?purpose=analytics", id).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.preferredLanguage").isEqualTo("en-GB");
		assertThat(read).bodyJson().doesNotHavePath("$.email");
		assertThat(read).bodyJson().doesNotHavePath("$.name");
		assertThat(read).bodyJson().doesNotHavePath("$.attributes.tier");
	}

	@Test
	void deniesPurposeTheDataWasNotCollectedFor() {
		var id = create("news-" + UUID.randomUUID() + "@example.com", "\"support\"");
		var denied = admin.get("/api/v1/customers/{id}?purpose=product-news", id).exchange();
		assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(denied).bodyJson().extractingPath("$.reason").isEqualTo("purpose-not-compatible");
	}

	@Test
	void allowsCompatiblePurposeAndConsentedPurpose() {
		var id = create("compat-" + UUID.randomUUID() + "@example.com", "\"support\"");
		assertThat(admin.get("/api/v1/customers/{id}?purpose=feedback", id).exchange()).hasStatusOk();
		assertThat(admin.patch("/api/v1/customers/{id}", """
				{"consentedPurposes":["product-news"]}""", id).exchange()).hasStatusOk();
		var news = admin.get("/api/v1/customers/{id}?purpose=product-news", id).exchange();
		assertThat(news).hasStatusOk();
		assertThat(news).bodyJson().extractingPath("$.email").isNotNull();
	}

	@Test
	void deniesPurposeTheRoleMayNotUse() {
		var id = create("role-" + UUID.randomUUID() + "@example.com", "\"support\"");
		var analyst = admin.createStaff("analyst-" + UUID.randomUUID().toString().substring(0, 8), "analyst");
		var denied = analyst.get("/api/v1/customers/{id}?purpose=support", id).exchange();
		assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(denied).bodyJson().extractingPath("$.reason").isEqualTo("role-not-permitted");
	}

	@Test
	void patchChangesFieldsAndRecordsItInTheAuditChain() throws Exception {
		var id = create("patch-" + UUID.randomUUID() + "@example.com", "\"support\"");
		var patched = admin.patch("/api/v1/customers/{id}", """
				{"name":"Ada King","phone":null,"attributes":{"tier":null,"team":"blue"}}""", id).exchange();
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.fields.name.source").isEqualTo("staff");
		assertThat(patched).bodyJson().doesNotHavePath("$.fields.phone");
		var read = admin.get("/api/v1/customers/{id}?purpose=support", id).exchange();
		assertThat(read).bodyJson().extractingPath("$.name").isEqualTo("Ada King");
		assertThat(read).bodyJson().extractingPath("$.attributes.team").isEqualTo("blue");
		assertThat(read).bodyJson().doesNotHavePath("$.phone");
		var audit = admin.get("/api/v1/audit?subject={id}", id).exchange();
		assertThat(audit).bodyJson().extractingPath("$[*].action").asArray().contains("personal-data.updated",
				"personal-data.read", "personal-data.created");
		assertThat(audit.getResponse().getContentAsString()).doesNotContain("Ada King");
	}

	@Test
	void patchRefusesEmailTakenByAnotherCustomer() {
		var taken = "taken-" + UUID.randomUUID() + "@example.com";
		create(taken, "\"support\"");
		var id = create("mover-" + UUID.randomUUID() + "@example.com", "\"support\"");
		assertThat(admin.patch("/api/v1/customers/{id}", """
				{"email":"%s"}""".formatted(taken.toUpperCase()), id).exchange()).hasStatus(HttpStatus.CONFLICT);
		assertThat(admin.patch("/api/v1/customers/{id}", """
				{"shoeSize":"44"}""", id).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void answersNotFoundForUnknownCustomerAndBadRequestForMalformedId() {
		assertThat(admin.get("/api/v1/customers/{id}?purpose=support", UUID.randomUUID()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		var malformed = admin.get("/api/v1/customers/not-a-uuid?purpose=support").exchange();
		assertThat(malformed).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(malformed).bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
	}

	@Test
	void refusesAnonymousCallers() {
		var result = mvc.get().uri("/api/v1/customers?email=a@example.com&purpose=support").exchange();
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
	}
}
