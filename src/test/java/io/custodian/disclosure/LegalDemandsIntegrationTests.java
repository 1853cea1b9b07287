package io.custodian.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.Mailbox;
import io.custodian.WithMailServer;
import io.custodian.disclosure.internal.DemandNotices;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import jakarta.mail.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Legal demands from authorities end to end over real SMTP: received, decided by a privacy officer or admin, packaged
 * through the disclosure log, each disclosed customer notified (or later, when a prohibition ends); and saved
 * selections as the customers of a disclosure.
 */
@CustodianTest
class LegalDemandsIntegrationTests extends WithMailServer {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataStore> stores;

	@Autowired
	DemandNotices notices;

	Api admin;

	UUID police;

	@BeforeEach
	void authority() {
		admin = Api.asAdmin(mvc);
		police = created(admin.post("/api/v1/recipients", """
				{"name":"LKA Berlin","kind":"authority","legalEntity":"Landeskriminalamt Berlin","country":"DE",
				 "purposes":{"legal-obligation":["email","name","postalAddress"]}}"""));
	}

	@Test
	void aDemandFlowsFromReceiptToDecisionToPackageToTheCustomersNotice() throws Exception {
		var ada = customer("ada");
		var bob = customer("bob");
		var demand = demand("ST-4711/26", List.of(ada.id(), bob.id()));
		assertThat(read(admin.get("/api/v1/demands/{id}", demand)).get("status").asString()).isEqualTo("received");
		decide(admin, demand, """
				{"decision":"comply","reason":"Court order checked: signed, names both customers"}""");
		var pack = read(admin.post("/api/v1/demands/{id}/package", "", demand));
		assertThat(pack.get("legalBasis").asString()).isEqualTo("legal-obligation");
		assertThat(pack.get("customers").size()).isEqualTo(2);
		assertThat(pack.get("customers").toString()).contains("\"name\":\"Ada Lovelace\"", "\"name\":\"Bob Lovelace\"");
		var body = Mailbox.bodyOf(MAIL, ada.email(), "disclosed to an authority");
		assertThat(body).contains("LKA Berlin", "ST-4711/26", "email, name, postalAddress");
		assertThat(Mailbox.bodyOf(MAIL, bob.email(), "disclosed to an authority")).contains("ST-4711/26");
		var log = read(admin.get("/api/v1/customers/{id}/disclosures", ada.id()));
		assertThat(log.get(0).get("demandReference").asString()).isEqualTo("ST-4711/26");
		assertThat(log.get(0).get("legalBasis").asString()).isEqualTo("legal-obligation");
		assertThat(status(demand)).isEqualTo("notice-sent");
	}

	@Test
	void aDeferredNoticeIsSentByTheJobOnlyAfterTheEndDateAndOnlyOnce() throws Exception {
		var ada = customer("ada");
		var demand = demand("ST-5000/26", List.of(ada.id()));
		var until = LocalDate.now(ZoneOffset.UTC).plusDays(30);
		assertThat(admin.post("/api/v1/demands/{id}/notice-deferral", """
				{"reason":"§ 101 StPO: notifying would endanger the investigation","until":"%s"}""".formatted(until),
				demand)).hasStatusOk();
		decide(admin, demand, "{\"decision\":\"comply\",\"reason\":\"order checked\"}");
		assertThat(admin.post("/api/v1/demands/{id}/package", "", demand)).hasStatusOk();
		assertThat(status(demand)).isEqualTo("notice-deferred");
		notices.sendDue(Instant.now());
		notices.sendDue(until.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(12)));
		assertThat(mailsTo(ada.email())).isZero();
		assertThat(export(ada.id())).doesNotContain("ST-5000/26", "LKA Berlin");
		var afterEnd = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1));
		assertThat(notices.sendDue(afterEnd)).isPositive();
		notices.sendDue(afterEnd);
		assertThat(Mailbox.bodyOf(MAIL, ada.email(), "disclosed to an authority")).contains("ST-5000/26");
		assertThat(mailsTo(ada.email())).isOne();
		assertThat(status(demand)).isEqualTo("notice-sent");
	}

	@Test
	void aDeferralNeedsAReasonAndAnEndDate() throws Exception {
		var demand = demand("ST-5001/26", List.of(customer("ada").id()));
		var refused = admin.post("/api/v1/demands/{id}/notice-deferral", "{}", demand).exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused.getResponse().getContentAsString()).contains("\"reason\"", "\"until\"");
		assertThat(read(admin.get("/api/v1/demands/{id}", demand)).path("noticeUntil").asString("")).isEmpty();
	}

	@Test
	void eachPackagedCustomersAccessExportShowsTheDisclosureWithTheDemandReference() throws Exception {
		var ada = customer("ada");
		var demand = demand("ST-4712/26", List.of(ada.id()));
		decide(admin, demand, "{\"decision\":\"comply\",\"reason\":\"order checked\"}");
		var disclosureId = read(admin.post("/api/v1/demands/{id}/package", "", demand)).get("disclosureId").asString();
		var export = export(ada.id());
		assertThat(export).contains("\"reference\":\"ST-4712/26\"", "\"disclosureId\":\"" + disclosureId + "\"",
				"\"legalBasis\":\"legal-obligation\"", "LKA Berlin", "\"legalDemand\":\"ST-4712/26\"");
	}

	@Test
	void aDemandWithoutReferenceIsRefusedNamingItAndNothingIsStored() throws Exception {
		var ada = customer("ada");
		var refused = admin.post("/api/v1/demands", """
				{"recipient":"%s","legalBasis":"§ 100 StPO court order","customers":["%s"],"dueDate":"%s"}"""
			.formatted(police, ada.id(), LocalDate.now().plusDays(14))).exchange();
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused.getResponse().getContentAsString()).contains("\"field\":\"reference\"");
		assertThat(demandsOf(police)).isZero();
	}

	@Test
	void onlyAnAuthorityMayDemandAndOnlyOncePerReference() throws Exception {
		var ada = customer("ada");
		var shipper = created(admin.post("/api/v1/recipients", """
				{"name":"Parcel Express","kind":"processor","legalEntity":"Parcel Express GmbH","country":"DE",
				 "contractReference":"DPA-1","purposes":{"gifts":["name","postalAddress"]}}"""));
		for (var recipient : List.of(shipper, UUID.randomUUID())) {
			var refused = admin.post("/api/v1/demands", demandBody(recipient, "X-1", List.of(ada.id()))).exchange();
			assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(refused.getResponse().getContentAsString()).contains("\"field\":\"recipient\"");
		}
		demand("X-1", List.of(ada.id()));
		assertThat(admin.post("/api/v1/demands", demandBody(police, "X-1", List.of(ada.id()))))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(demandsOf(police)).isOne();
	}

	@Test
	void aDecisionByMarketingOrSupportIsForbiddenAndAPrivacyOfficerDecidesOnce() throws Exception {
		var demand = demand("ST-4713/26", List.of(customer("ada").id()));
		var decision = "{\"decision\":\"comply\",\"reason\":\"order checked\"}";
		for (var role : List.of("marketing", "support")) {
			var staff = admin.createStaff(role + "-" + UUID.randomUUID().toString().substring(0, 8), role);
			assertThat(staff.post("/api/v1/demands/{id}/decision", decision, demand)).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(status(demand)).isEqualTo("received");
		var officer = admin.createStaff("po-" + UUID.randomUUID().toString().substring(0, 8), "privacy-officer");
		var decided = read(officer.post("/api/v1/demands/{id}/decision", decision, demand));
		assertThat(decided.get("decidedBy").asString()).startsWith("po-");
		assertThat(officer.post("/api/v1/demands/{id}/decision", "{\"decision\":\"refuse\",\"reason\":\"no\"}", demand))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(status(demand)).isEqualTo("decided");
	}

	@Test
	void aRefusalProducesNoDisclosure() throws Exception {
		var ada = customer("ada");
		var demand = demand("ST-4714/26", List.of(ada.id()));
		assertThat(admin.post("/api/v1/demands/{id}/decision", "{\"decision\":\"refuse\"}", demand))
			.hasStatus(HttpStatus.BAD_REQUEST);
		decide(admin, demand, "{\"decision\":\"refuse\",\"reason\":\"No court order attached\"}");
		assertThat(status(demand)).isEqualTo("refused");
		assertThat(admin.post("/api/v1/demands/{id}/package", "", demand)).hasStatus(HttpStatus.CONFLICT);
		assertThat(logged(ada.id())).isZero();
	}

	@Test
	void complyingInPartDisclosesOnlyTheNarrowerCustomersAndFields() throws Exception {
		var ada = customer("ada");
		var bob = customer("bob");
		var demand = demand("ST-4715/26", List.of(ada.id(), bob.id()));
		var outside = admin.post("/api/v1/demands/{id}/decision", """
				{"decision":"comply-in-part","reason":"r","customers":["%s"]}""".formatted(UUID.randomUUID()), demand);
		assertThat(outside).hasStatus(HttpStatus.BAD_REQUEST);
		decide(admin, demand, """
				{"decision":"comply-in-part","reason":"The order covers Ada's name only","customers":["%s"],
				 "fields":["name"]}""".formatted(ada.id()));
		var pack = read(admin.post("/api/v1/demands/{id}/package", "", demand));
		assertThat(pack.get("fields").toString()).isEqualTo("[\"name\"]");
		assertThat(pack.get("customers").size()).isOne();
		assertThat(logged(ada.id())).isOne();
		assertThat(logged(bob.id())).isZero();
	}

	@Test
	void aSuspendedCustomerIsLeftOutOfThePackageNamedAndNotNotified() throws Exception {
		var ada = customer("ada");
		var bob = customer("bob");
		customerStore().restrict(DataSubject.customer(bob.id()));
		var demand = demand("ST-4716/26", List.of(ada.id(), bob.id()));
		decide(admin, demand, "{\"decision\":\"comply\",\"reason\":\"order checked\"}");
		var pack = read(admin.post("/api/v1/demands/{id}/package", "", demand));
		assertThat(pack.get("customers").size()).isOne();
		assertThat(pack.get("leftOut").get(0).get("reason").asString()).isEqualTo("suspended");
		Mailbox.bodyOf(MAIL, ada.email(), "disclosed to an authority");
		assertThat(mailsTo(bob.email())).isZero();
		assertThat(logged(bob.id())).isZero();
	}

	@Test
	void erasureKeepsTheDemandButNoLongerNamesTheCustomer() throws Exception {
		var ada = customer("ada");
		var demand = demand("ST-4717/26", List.of(ada.id()));
		var store = stores.stream().filter(s -> s.describe().store().equals("legal-demands")).findFirst().orElseThrow();
		var outcome = store.erase(DataSubject.customer(ada.id()));
		assertThat(outcome.kept()).contains("no longer naming the customer");
		assertThat(outcome.reason()).contains("Art. 6(1)(c)");
		assertThat(read(admin.get("/api/v1/demands/{id}", demand)).get("reference").asString()).isEqualTo("ST-4717/26");
		assertThat(store.export(DataSubject.customer(ada.id()))).isEmpty();
	}

	@Test
	void aSavedSelectionIsDisclosedByNameAndAnUnknownOneDisclosesNothing() throws Exception {
		var ada = customer("ada");
		var bob = customer("bob");
		var name = "court-list-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.post("/api/v1/selections", """
				{"name":"%s","customers":["%s","%s"]}""".formatted(name, ada.id(), bob.id())))
			.hasStatus(HttpStatus.CREATED);
		assertThat(read(admin.get("/api/v1/selections/{name}", name)).get("customers").size()).isEqualTo(2);
		var answer = read(admin.post("/api/v1/recipients/{id}/disclosures", """
				{"purpose":"legal-obligation","legalBasis":"legal-obligation","selection":"%s"}""".formatted(name), police));
		assertThat(answer.get("customers").size()).isEqualTo(2);
		assertThat(logged(ada.id())).isOne();
		var carol = customer("carol");
		var unknown = admin.post("/api/v1/recipients/{id}/disclosures", """
				{"purpose":"legal-obligation","legalBasis":"legal-obligation","selection":"no-such-list"}""", police)
			.exchange();
		assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getResponse().getContentAsString()).contains("\"field\":\"selection\"", "no-such-list");
		assertThat(logged(carol.id())).isZero();
		assertThat(admin.post("/api/v1/selections", "{\"name\":\"empty\",\"customers\":[]}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/recipients/{id}", police).with(console()).exchange()).hasStatusOk().bodyText()
			.contains(name + " (2)");
	}

	@Test
	void theConsoleTakesADemandFromItsFormToThePackageAndFlagsItOverdue() throws Exception {
		var ada = customer("ada");
		var reference = "C-" + UUID.randomUUID().toString().substring(0, 8);
		var refused = form(reference, "", ada.id()).exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("legalBasis", "is required");
		var created = form(reference, "§ 100 StPO court order", ada.id()).exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		var page = created.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri("/demands").with(console()).exchange()).hasStatusOk().bodyText()
			.contains(reference, "overdue");
		assertThat(mvc.post().uri(page + "/decision").with(console()).with(csrf()).param("decision", "comply")
			.param("reason", "order checked").exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri(page + "/package").with(console()).with(csrf()).param("format", "json").exchange())
			.hasStatusOk().bodyText().contains("Ada Lovelace", "1 customer(s) disclosed");
		assertThat(mvc.get().uri(page).with(console()).exchange()).hasStatusOk().bodyText()
			.contains(ada.id().toString(), "notice-sent");
		assertThat(mvc.get().uri("/customers/{id}/disclosures", ada.id()).with(console()).exchange()).hasStatusOk()
			.bodyText().contains("demand " + reference);
	}

	private MockMvcTester.MockMvcRequestBuilder form(String reference, String legalBasis, UUID customer) {
		return mvc.post().uri("/demands").with(console()).with(csrf()).param("recipient", police.toString())
			.param("reference", reference).param("legalBasis", legalBasis).param("purpose", "legal-obligation")
			.param("customers", customer.toString()).param("fields", "name, email")
			.param("dueDate", LocalDate.now().minusDays(1).toString());
	}

	private static RequestPostProcessor console() {
		return user("admin").authorities(AuthorityUtils.createAuthorityList("ROLE_ADMIN", "SCOPE_customers:read",
				"SCOPE_disclosures:read", "SCOPE_disclosures:manage"));
	}

	private UUID demand(String reference, List<UUID> customers) {
		return created(admin.post("/api/v1/demands", demandBody(police, reference, customers)));
	}

	private String demandBody(UUID recipient, String reference, List<UUID> customers) {
		return """
				{"recipient":"%s","reference":"%s","legalBasis":"§ 100 StPO court order of the AG Tiergarten",
				 "customers":%s,"periodFrom":"2026-01-01","periodTo":"2026-06-30","dueDate":"%s"}"""
			.formatted(recipient, reference, json.writeValueAsString(customers), LocalDate.now().plusDays(14));
	}

	private void decide(Api staff, UUID demand, String decision) {
		assertThat(staff.post("/api/v1/demands/{id}/decision", decision, demand)).hasStatusOk();
	}

	private String status(UUID demand) {
		return read(admin.get("/api/v1/demands/{id}", demand)).get("status").asString();
	}

	private Customer customer(String name) {
		var email = name + "-" + UUID.randomUUID() + "@example.com";
		var id = created(admin.post("/api/v1/customers", """
				{"email":"%s","name":"%s Lovelace","postalAddress":"12 St James's Square, London","country":"GB",
				 "source":"staff","purposes":["support"]}""".formatted(email, name.substring(0, 1).toUpperCase()
				+ name.substring(1))));
		return new Customer(id, email);
	}

	private UUID created(MockMvcTester.MockMvcRequestBuilder request) {
		var result = request.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private JsonNode read(MockMvcTester.MockMvcRequestBuilder request) {
		var result = request.exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private String export(UUID customer) {
		return json.writeValueAsString(stores.stream().map(s -> s.export(DataSubject.customer(customer))).toList());
	}

	private long mailsTo(String email) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).count();
	}

	private long demandsOf(UUID recipient) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_demands WHERE recipient_id = :r").param("r", recipient)
			.query(Long.class).single();
	}

	private long logged(UUID customer) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_subjects WHERE customer_id = :id").param("id", customer)
			.query(Long.class).single();
	}

	private PersonalDataStore customerStore() {
		return stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow();
	}

	private record Customer(UUID id, String email) {
	}
}
