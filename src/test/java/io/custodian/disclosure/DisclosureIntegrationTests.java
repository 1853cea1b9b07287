package io.custodian.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Disclosing to recipients: only the allowed fields, refusals that disclose and record nothing, the log per customer. */
@CustodianTest
class DisclosureIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataStore> stores;

	Api admin;

	@BeforeEach
	void signIn() {
		admin = Api.asAdmin(mvc);
	}

	@Test
	void aShippingProcessorForGiftsReceivesOnlyNamePostalAddressAndPhone() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		var answer = disclose(shipper, "gifts", "contract", customer);
		assertThat(answer.get("fields").toString()).isEqualTo("[\"name\",\"phone\",\"postalAddress\"]");
		var row = answer.get("customers").get(0);
		assertThat(row.propertyNames()).containsExactly("id", "name", "phone", "postalAddress");
		assertThat(row.get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(row.get("postalAddress").asString()).isEqualTo("12 St James's Square, London");
		assertThat(answer.get("leftOut").size()).isZero();
	}

	@Test
	void theSameRecipientAskingForProductNewsIsRefusedAndNothingIsRecorded() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		var refused = admin.post("/api/v1/recipients/{id}/disclosures", body("product-news", "consent", List.of(customer)),
				shipper).exchange();
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refused.getResponse().getContentAsString()).contains("purpose-not-allowed");
		assertThat(logged(customer)).isZero();
	}

	@Test
	void aSuspendedCustomerInASetOfHundredIsLeftOutAndNamed() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customers = new ArrayList<UUID>();
		for (var i = 0; i < 100; i++) {
			customers.add(customer("gifts"));
		}
		var suspended = customers.get(42);
		customerStore().restrict(DataSubject.customer(suspended));
		var answer = json.readTree(admin.post("/api/v1/recipients/{id}/disclosures",
				body("gifts", "contract", customers), shipper).exchange().getResponse().getContentAsByteArray());
		assertThat(answer.get("customers").size()).isEqualTo(99);
		assertThat(answer.get("leftOut").size()).isEqualTo(1);
		assertThat(answer.get("leftOut").get(0).get("customer").asString()).isEqualTo(suspended.toString());
		assertThat(answer.get("leftOut").get(0).get("reason").asString()).isEqualTo("suspended");
		assertThat(logged(suspended)).isZero();
		assertThat(logged(customers.get(0))).isOne();
	}

	@Test
	void anExpiredContractRefusesEverything() throws Exception {
		var shipper = shipper(LocalDate.now().minusDays(1));
		var customer = customer("gifts");
		var refused = admin.post("/api/v1/recipients/{id}/disclosures", body("gifts", "contract", List.of(customer)),
				shipper).exchange();
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refused.getResponse().getContentAsString()).contains("contract-expired");
		assertThat(logged(customer)).isZero();
	}

	@Test
	void eachDisclosureAppearsInTheCustomersAccessExport() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		admin.post("/api/v1/recipients/{id}/instructions", """
				{"text":"Deliver only; delete addresses after 30 days"}""", shipper).exchange();
		disclose(shipper, "gifts", "contract", customer);
		disclose(shipper, "gifts", "legitimate-interest", customer);
		var export = stores.stream().map(s -> s.export(DataSubject.customer(customer))).toList();
		var text = json.writeValueAsString(export);
		assertThat(text).contains("\"legalBasis\":\"contract\"", "\"legalBasis\":\"legitimate-interest\"",
				"Parcel Express", "\"instructionVersion\":1");
	}

	@Test
	void erasureKeepsTheDisclosureButNoLongerLinksItToTheCustomer() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		var disclosureId = disclose(shipper, "gifts", "contract", customer).get("disclosureId").asString();
		var store = stores.stream().filter(s -> s.describe().store().equals("disclosure")).findFirst().orElseThrow();
		var outcome = store.erase(DataSubject.customer(customer));
		assertThat(outcome.kept()).contains("no longer linked");
		assertThat(outcome.reason()).contains("Art. 5(2)");
		assertThat(logged(customer)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_subjects WHERE disclosure_id = :id AND customer_id IS NULL")
			.param("id", UUID.fromString(disclosureId)).query(Long.class).single()).isOne();
		assertThat(store.export(DataSubject.customer(customer)).get("disclosures")).asList().isEmpty();
	}

	@Test
	void consentAsTheBasisLeavesOutCustomersWhoDidNotConsent() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		var answer = disclose(shipper, "gifts", "consent", customer);
		assertThat(answer.get("customers").size()).isZero();
		assertThat(answer.get("leftOut").get(0).get("reason").asString()).isEqualTo("no-consent");
		assertThat(logged(customer)).isZero();
	}

	@Test
	void fieldsOutsideTheAllowedSetUnknownPurposesAndUnknownRecipientsAreRefused() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		var outside = admin.post("/api/v1/recipients/{id}/disclosures", """
				{"purpose":"gifts","legalBasis":"contract","customers":["%s"],"fields":["name","email"]}"""
			.formatted(customer), shipper).exchange();
		assertThat(outside).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(outside.getResponse().getContentAsString()).contains("fields", "email");
		var unknownPurpose = admin.post("/api/v1/recipients/{id}/disclosures",
				body("lottery", "contract", List.of(customer)), shipper).exchange();
		assertThat(unknownPurpose).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unknownPurpose.getResponse().getContentAsString()).contains("purpose");
		assertThat(admin.post("/api/v1/recipients/{id}/disclosures", body("gifts", "contract", List.of(customer)),
				UUID.randomUUID()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(logged(customer)).isZero();
	}

	@Test
	void csvCarriesOnlyTheAllowedColumns() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		var csv = admin.post("/api/v1/recipients/{id}/disclosures", """
				{"purpose":"gifts","legalBasis":"contract","format":"csv","customers":["%s"]}""".formatted(customer),
				shipper).exchange();
		assertThat(csv).hasStatusOk();
		var text = csv.getResponse().getContentAsString();
		assertThat(text).startsWith("id,name,phone,postalAddress\r\n").contains("Ada Lovelace").doesNotContain("@example.com");
	}

	@Test
	void aThirdCountryRecipientNeedsANamedSafeguard() throws Exception {
		var refused = admin.post("/api/v1/recipients", """
				{"name":"Survey Co","kind":"processor","legalEntity":"Survey Co Inc.","country":"US",
				 "contractReference":"DPA-7","purposes":{"feedback":["preferredLanguage"]}}""").exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused.getResponse().getContentAsString()).contains("safeguard");
		var created = json.readTree(admin.post("/api/v1/recipients", """
				{"name":"Survey Co","kind":"processor","legalEntity":"Survey Co Inc.","country":"US",
				 "safeguard":"SCC 2021/914 module 2","contractReference":"DPA-7","purposes":{"feedback":["preferredLanguage"]}}""")
			.exchange().getResponse().getContentAsByteArray());
		assertThat(created.get("thirdCountry").asBoolean()).isTrue();
	}

	@Test
	void aNewInstructionVersionKeepsTheOldOne() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		admin.post("/api/v1/recipients/{id}/instructions", "{\"text\":\"first\"}", shipper).exchange();
		admin.post("/api/v1/recipients/{id}/instructions", "{\"text\":\"second\"}", shipper).exchange();
		var versions = json.readTree(admin.get("/api/v1/recipients/{id}/instructions", shipper).exchange().getResponse()
			.getContentAsByteArray());
		assertThat(versions.size()).isEqualTo(2);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
		assertThat(versions.get(1).get("text").asString()).isEqualTo("first");
	}

	@Test
	void theDisclosureLogListsEveryRecipientsDisclosuresNewestFirstAndFiltersByPurpose() throws Exception {
		var shipper = shipper(LocalDate.now().plusYears(1));
		var customer = customer("gifts");
		var disclosureId = disclose(shipper, "gifts", "contract", customer).get("disclosureId").asString();
		var log = json.readTree(admin.get("/api/v1/disclosures?purpose=gifts&limit=5").exchange().getResponse()
			.getContentAsByteArray());
		assertThat(log.get(0).get("disclosureId").asString()).isEqualTo(disclosureId);
		assertThat(log.get(0).get("customerId").asString()).isEqualTo(customer.toString());
		assertThat(log.get(0).get("recipientName").asString()).isEqualTo("Parcel Express");
		var otherPurpose = json.readTree(admin.get("/api/v1/disclosures?purpose=feedback").exchange().getResponse()
			.getContentAsByteArray());
		assertThat(otherPurpose.findValuesAsString("disclosureId")).doesNotContain(disclosureId);
		assertThat(Api.as(mvc, "nobody", "wrong").get("/api/v1/disclosures").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private UUID shipper(LocalDate contractExpires) {
		var result = admin.post("/api/v1/recipients", """
				{"name":"Parcel Express","kind":"processor","legalEntity":"Parcel Express GmbH","country":"DE",
				 "contractReference":"DPA-2025-01","contractExpires":"%s","contactEmail":"privacy@parcel.example",
				 "purposes":{"gifts":["name","postalAddress","phone"]}}""".formatted(contractExpires)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private UUID customer(String purpose) {
		var result = admin.post("/api/v1/customers", """
				{"email":"%s@example.com","name":"Ada Lovelace","phone":"+44 20 7946 0958","company":"Analytical Engines",
				 "postalAddress":"12 St James's Square, London","country":"GB","source":"staff","purposes":["%s"]}"""
			.formatted(UUID.randomUUID(), purpose)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private JsonNode disclose(UUID recipient, String purpose, String basis, UUID customer) {
		var result = admin.post("/api/v1/recipients/{id}/disclosures", body(purpose, basis, List.of(customer)), recipient)
			.exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private String body(String purpose, String basis, List<UUID> customers) {
		return json.writeValueAsString(new DisclosureRequest(purpose, customers, "json", basis, null));
	}

	private long logged(UUID customer) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_subjects WHERE customer_id = :id").param("id", customer)
			.query(Long.class).single();
	}

	private PersonalDataStore customerStore() {
		return stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow();
	}
}
