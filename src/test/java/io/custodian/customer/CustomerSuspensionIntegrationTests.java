package io.custodian.customer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** While a customer's processing is suspended, every write of the vault is refused and changes nothing. */
@CustodianTest
class CustomerSuspensionIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataStore> stores;

	Api admin;

	UUID id;

	String email;

	@BeforeEach
	void suspendedCustomer() {
		admin = Api.asAdmin(mvc);
		email = "suspended-" + UUID.randomUUID() + "@example.com";
		var result = admin.post("/api/v1/customers", """
				{"email":"%s","name":"Ada Lovelace","phone":"+44 20 7946 0958","source":"import",
				 "purposes":["support"]}""".formatted(email)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		id = UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
		customerStore().restrict(DataSubject.customer(id));
	}

	@Test
	void refusesAPatchOfASuspendedCustomerAndChangesNothing() {
		var before = stored();
		var patched = admin.patch("/api/v1/customers/{id}", """
				{"name":"Ada King","phone":null,"attributes":{"team":"blue"}}""", id).exchange();
		expectRestricted(patched);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void refusesAChangeOfConsentedPurposesOfASuspendedCustomer() {
		var patched = admin.patch("/api/v1/customers/{id}", """
				{"consentedPurposes":["product-news"]}""", id).exchange();
		expectRestricted(patched);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_purpose_consents WHERE customer_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void refusesAConfirmationOfASuspendedCustomersData() {
		var before = stored();
		expectRestricted(admin.post("/api/v1/customers/{id}/confirmation", "{}", id).exchange());
		assertThat(stored()).isEqualTo(before);
		assertThat(stored()).allSatisfy(row -> assertThat(row).endsWith("|null"));
	}

	@Test
	void aCsvImportDoesNotTouchASuspendedCustomer() {
		var before = stored();
		var imported = mvc.post().uri("/api/v1/customers/import")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("admin", io.custodian.TestDatabase.ADMIN_PASSWORD))
			.contentType("text/csv").content("email,name,purposes\n" + email + ",Someone Else,support\n").exchange();
		assertThat(imported).hasStatusOk();
		assertThat(imported).bodyJson().extractingPath("$.imported").isEqualTo(0);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void liftingTheSuspensionAllowsChangesAgain() {
		customerStore().lift(DataSubject.customer(id));
		assertThat(admin.patch("/api/v1/customers/{id}", """
				{"name":"Ada King"}""", id).exchange()).hasStatusOk();
		assertThat(admin.get("/api/v1/customers/{id}?purpose=support", id).exchange()).bodyJson()
			.extractingPath("$.name").isEqualTo("Ada King");
	}

	@Test
	void erasureStillRemovesEverythingOfASuspendedCustomer() {
		for (var store : stores) {
			store.erase(DataSubject.customer(id));
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customers WHERE id = :id").param("id", id).query(Long.class).single())
			.isZero();
		assertThat(stored()).isEmpty();
	}

	@Test
	void recordsTheRefusedChangeInTheAuditChain() {
		admin.patch("/api/v1/customers/{id}", """
				{"name":"Ada King"}""", id).exchange();
		var audit = admin.get("/api/v1/audit?subject={id}", id).exchange();
		assertThat(audit).bodyJson().extractingPath("$[?(@.action == 'personal-data.updated')].outcome").asArray()
			.containsExactly("DENIED");
	}

	private void expectRestricted(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.reason").isEqualTo("subject-restricted");
	}

	/** Every stored field as key, ciphertext hash, source, purposes, update and verification time. */
	private List<String> stored() {
		return jdbc.sql("""
				SELECT field, value_ct, source, purposes, updated_at, verified_at FROM customer_fields
				WHERE customer_id = :id ORDER BY field""").param("id", id)
			.query((rs, n) -> rs.getString(1) + "|" + java.util.Arrays.hashCode(rs.getBytes(2)) + "|" + rs.getString(3)
					+ "|" + rs.getString(4) + "|" + rs.getObject(5, OffsetDateTime.class).toInstant() + "|"
					+ rs.getObject(6, OffsetDateTime.class))
			.list();
	}

	private PersonalDataStore customerStore() {
		return stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow();
	}
}
