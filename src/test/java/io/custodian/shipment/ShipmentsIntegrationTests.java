package io.custodian.shipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.disclosure.Disclosures;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Shipments end to end: handing over is a recorded disclosure for gifts of only the label fields, refusals of the
 * disclosure path leave the shipment created, the status flow refuses illegal moves, and erasure keeps only what
 * accounting needs.
 */
@CustodianTest
class ShipmentsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Disclosures disclosures;

	@Autowired
	List<PersonalDataStore> stores;

	Api admin;

	@BeforeEach
	void signIn() {
		admin = Api.asAdmin(mvc);
	}

	@Test
	void aGiftHandedToTheShippingProcessorAppearsInTheDisclosureLogWithOnlyTheLabelFields() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		var shipment = create(customer, "gift", shipper);
		assertThat(shipment.get("status").asString()).isEqualTo("created");

		var handedOver = read(admin.post("/api/v1/shipments/{id}/hand-over", "", id(shipment)).exchange());
		assertThat(handedOver.get("legalBasis").asString()).isEqualTo("consent");
		assertThat(handedOver.get("label").propertyNames()).containsExactlyInAnyOrder("name", "postalAddress", "phone");
		assertThat(handedOver.get("label").get("postalAddress").asString()).isEqualTo("12 St James's Square, London");
		var disclosureId = handedOver.get("shipment").get("disclosureId").asString();
		assertThat(handedOver.get("shipment").get("status").asString()).isEqualTo("handed-over");

		var log = disclosures.ofCustomer(customer);
		assertThat(log).singleElement().satisfies(entry -> {
			assertThat(entry.disclosureId()).hasToString(disclosureId);
			assertThat(entry.recipientId()).isEqualTo(shipper);
			assertThat(entry.purpose()).isEqualTo("gifts");
			assertThat(entry.fields()).containsExactlyInAnyOrder("name", "postalAddress", "phone");
		});
		assertThat(admin.get("/api/v1/customers/{id}/disclosures", customer)).hasStatusOk().bodyText()
			.contains(disclosureId, "Parcel Express").doesNotContain("email", "birthdate");
		assertThat(admin.get("/api/v1/shipments/{id}", id(shipment))).hasStatusOk().bodyText()
			.doesNotContain("St James");
	}

	@Test
	void aProductForACustomerWithoutGiftConsentGoesOnContractAndAGiftIsRefused() throws Exception {
		var shipper = shipper();
		var customer = customer(false);
		var gift = create(customer, "gift", shipper);
		var refused = admin.post("/api/v1/shipments/{id}/hand-over", "", id(gift)).exchange();
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("no-consent");
		assertThat(status(gift)).isEqualTo("created");

		var product = create(customer, "product", shipper);
		var handedOver = read(admin.post("/api/v1/shipments/{id}/hand-over", "", id(product)).exchange());
		assertThat(handedOver.get("legalBasis").asString()).isEqualTo("contract");
		assertThat(disclosures.ofCustomer(customer)).singleElement()
			.satisfies(entry -> assertThat(entry.legalBasis()).isEqualTo("contract"));
	}

	@Test
	void aSuspendedCustomerGetsNoShipmentAndAShipmentOfACustomerSuspendedSinceIsNotHandedOver() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		var shipment = create(customer, "gift", shipper);
		customerStore().restrict(DataSubject.customer(customer));

		assertThat(admin.post("/api/v1/shipments", body(customer, "gift", shipper))).hasStatus(HttpStatus.CONFLICT)
			.bodyText().contains("suspended");
		var refused = admin.post("/api/v1/shipments/{id}/hand-over", "", id(shipment)).exchange();
		assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyText().contains("suspended");

		assertThat(status(shipment)).isEqualTo("created");
		assertThat(disclosures.ofCustomer(customer)).isEmpty();
		assertThat(countOf(customer)).isOne();
		assertThat(admin.post("/api/v1/shipments", body(UUID.randomUUID(), "gift", shipper)))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("customer");
	}

	@Test
	void aProcessorNoLongerAllowedGiftsIsRefusedAndTheShipmentStaysCreated() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		var shipment = create(customer, "gift", shipper);
		assertThat(admin.put("/api/v1/recipients/{id}", """
				{"name":"Parcel Express","kind":"processor","legalEntity":"Parcel Express GmbH","country":"DE",
				 "contractReference":"DPA-2025-01","purposes":{"support":["name"]}}""", shipper)).hasStatusOk();

		var refused = admin.post("/api/v1/shipments/{id}/hand-over", "", id(shipment)).exchange();
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("purpose-not-allowed");
		assertThat(status(shipment)).isEqualTo("created");
		assertThat(disclosures.ofCustomer(customer)).isEmpty();
		assertThat(admin.post("/api/v1/shipments", body(customer, "gift", shipper))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText().contains("processor");
	}

	@Test
	void aShipmentMovesFromHandedOverToShippedToDeliveredAndRefusesIllegalMoves() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		var shipment = id(create(customer, "gift", shipper));
		assertThat(admin.post("/api/v1/shipments/{id}/status", """
				{"status":"shipped","carrier":"DHL","trackingNumber":"0034"}""", shipment)).hasStatus(HttpStatus.CONFLICT);
		assertThat(move(shipment, "handed-over")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("hand-over");
		assertThat(admin.post("/api/v1/shipments/{id}/hand-over", "", shipment)).hasStatusOk();
		assertThat(admin.post("/api/v1/shipments/{id}/hand-over", "", shipment)).hasStatus(HttpStatus.CONFLICT);

		assertThat(admin.post("/api/v1/shipments/{id}/status", "{\"status\":\"shipped\"}", shipment))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("carrier", "trackingNumber");
		assertThat(admin.post("/api/v1/shipments/{id}/status", """
				{"status":"shipped","carrier":"DHL","trackingNumber":"00340434161234567890"}""", shipment))
			.hasStatusOk().bodyJson().extractingPath("$.trackingNumber").isEqualTo("00340434161234567890");
		assertThat(move(shipment, "cancelled")).hasStatus(HttpStatus.CONFLICT);
		assertThat(move(shipment, "delivered")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("delivered");
		assertThat(move(shipment, "returned")).hasStatus(HttpStatus.CONFLICT).bodyText().contains("delivered");

		var other = id(create(customer, "gift", shipper));
		assertThat(move(other, "cancelled")).hasStatusOk();
		assertThat(admin.post("/api/v1/shipments/{id}/hand-over", "", other)).hasStatus(HttpStatus.CONFLICT);
		assertThat(admin.get("/api/v1/shipments?customer={c}&status=cancelled", customer)).hasStatusOk().bodyText()
			.contains(other.toString()).doesNotContain(shipment.toString());
	}

	@Test
	void badShipmentsAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		assertThat(admin.post("/api/v1/shipments", """
				{"customer":"%s","kind":"loan","processor":"%s","items":[]}""".formatted(customer, shipper)))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("kind", "items");
		assertThat(admin.post("/api/v1/shipments", """
				{"customer":"%s","kind":"gift","processor":"%s","items":[{"sku":"MUG 1","name":"","quantity":0}]}"""
			.formatted(customer, shipper))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText().contains("items[0].sku", "items[0].name", "items[0].quantity");
		assertThat(admin.post("/api/v1/shipments", body(customer, "gift", UUID.randomUUID())))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("processor");
		assertThat(countOf(customer)).isZero();
	}

	@Test
	void onlyStaffWhoManageShipmentsReachThemAndMarketingCannotReadTheAddress() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		var analyst = admin.createStaff("shipments-analyst", "analyst");
		assertThat(analyst.get("/api/v1/shipments")).hasStatus(HttpStatus.FORBIDDEN);
		var marketing = admin.createStaff("shipments-marketing", "marketing");
		var created = marketing.post("/api/v1/shipments", body(customer, "gift", shipper)).exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		var shipment = id(json.readTree(created.getResponse().getContentAsByteArray()));
		assertThat(marketing.post("/api/v1/shipments/{id}/hand-over", "", shipment)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(disclosures.ofCustomer(customer)).isEmpty();
		var support = admin.createStaff("shipments-support", "support");
		assertThat(support.post("/api/v1/shipments/{id}/hand-over", "", shipment)).hasStatusOk();
	}

	@Test
	void erasureRemovesGiftsAndKeepsProductShipmentsUnlinkedForAccounting() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		create(customer, "gift", shipper);
		var product = id(create(customer, "product", shipper));
		var store = stores.stream().filter(s -> s.describe().store().equals("shipments")).findFirst().orElseThrow();
		assertThat(store.export(DataSubject.customer(customer)).get("shipments")).asList().hasSize(2);
		assertThat(store.export(DataSubject.customer(customer)).toString()).contains("Leave at the door", "MUG-1");

		var outcome = store.erase(DataSubject.customer(customer));
		assertThat(outcome.kept()).contains("no longer linked");
		assertThat(outcome.reason()).contains("accounting");
		assertThat(store.export(DataSubject.customer(customer))).isEmpty();
		assertThat(jdbc.sql("SELECT customer_id IS NULL AND note_ct IS NULL FROM shipments WHERE id = :id")
			.param("id", product).query(Boolean.class).single()).isTrue();
	}

	@Test
	void theConsoleListsShipmentsAndShowsOneWithItsNextStepsAndDisclosure() throws Exception {
		var shipper = shipper();
		var customer = customer(true);
		var shipment = id(create(customer, "gift", shipper));
		admin.post("/api/v1/shipments/{id}/hand-over", "", shipment).exchange();
		var staff = user("admin").authorities(new SimpleGrantedAuthority("SCOPE_shipments:manage"),
				new SimpleGrantedAuthority("ROLE_ADMIN"));
		assertThat(mvc.get().uri("/shipments").with(staff)).hasStatusOk().bodyText()
			.contains(shipment.toString(), "Parcel Express", "New shipment");
		assertThat(mvc.get().uri("/shipments/{id}", shipment).with(staff)).hasStatusOk().bodyText()
			.contains("handed-over", "MUG-1", "/customers/" + customer + "/disclosures", "Mark shipped", "Cancel");
	}

	private MvcTestResult move(UUID shipment, String status) {
		return admin.post("/api/v1/shipments/{id}/status", "{\"status\":\"%s\"}".formatted(status), shipment).exchange();
	}

	private String status(JsonNode shipment) {
		return read(admin.get("/api/v1/shipments/{id}", id(shipment)).exchange()).get("status").asString();
	}

	private long countOf(UUID customer) {
		return jdbc.sql("SELECT COUNT(*) FROM shipments WHERE customer_id = :c").param("c", customer).query(Long.class)
			.single();
	}

	private JsonNode create(UUID customer, String kind, UUID processor) {
		var result = admin.post("/api/v1/shipments", body(customer, kind, processor)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return read(result);
	}

	private static String body(UUID customer, String kind, UUID processor) {
		return """
				{"customer":"%s","kind":"%s","processor":"%s","note":"Leave at the door",
				 "items":[{"sku":"MUG-1","name":"Custodian mug","quantity":2}]}""".formatted(customer, kind, processor);
	}

	private UUID shipper() {
		var result = admin.post("/api/v1/recipients", """
				{"name":"Parcel Express","kind":"processor","legalEntity":"Parcel Express GmbH","country":"DE",
				 "contractReference":"DPA-2025-01","contractExpires":"%s","contactEmail":"privacy@parcel.example",
				 "purposes":{"gifts":["name","postalAddress","phone"]}}""".formatted(LocalDate.now().plusYears(1)))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return id(read(result));
	}

	private UUID customer(boolean giftConsent) {
		var result = admin.post("/api/v1/customers", """
				{"email":"%s@example.com","name":"Ada Lovelace","phone":"+44 20 7946 0958",
				 "postalAddress":"12 St James's Square, London","country":"GB","source":"staff","purposes":["gifts"],
				 "consentedPurposes":%s}""".formatted(UUID.randomUUID(), giftConsent ? "[\"gifts\"]" : "[]")).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return id(read(result));
	}

	private PersonalDataStore customerStore() {
		return stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow();
	}

	private JsonNode read(MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as(new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)).isLessThan(300);
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private static UUID id(JsonNode node) {
		return UUID.fromString(node.get("id").asString());
	}
}
