package io.custodian.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.Mailbox;
import io.custodian.TestDatabase;
import io.custodian.WithMailServer;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import jakarta.mail.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Passing corrections, erasures and restrictions on to the recipients that received the data (GDPR Art. 19). */
@CustodianTest
class OnwardNoticesIntegrationTests extends WithMailServer {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	List<PersonalDataStore> stores;

	Api admin;

	@BeforeEach
	void signIn() {
		admin = Api.asAdmin(mvc);
	}

	@Test
	void aCorrectedPhoneIsPassedOnOnlyToTheRecipientsThatReceivedThePhone() throws Exception {
		var shipperMail = "privacy-" + UUID.randomUUID() + "@parcel.example";
		var printerMail = "privacy-" + UUID.randomUUID() + "@printer.example";
		var shipper = recipient("Parcel Express", shipperMail, "\"name\",\"postalAddress\",\"phone\"");
		var printer = recipient("Card Printers", printerMail, "\"name\"");
		var customer = customer();
		var disclosure = disclose(shipper, customer);
		disclose(printer, customer);
		assertThat(admin.patch("/api/v1/customers/{id}", """
				{"phone":"+44 20 0000 1111"}""", customer).exchange()).hasStatusOk();
		var notices = notices(customer, 1);
		assertThat(notices.size()).isOne();
		assertThat(notices.get(0).get("recipientId").asString()).isEqualTo(shipper.toString());
		assertThat(notices.get(0).get("kind").asString()).isEqualTo("correction");
		assertThat(notices.get(0).get("fields").toString()).isEqualTo("[\"phone\"]");
		var body = Mailbox.bodyOf(MAIL, shipperMail, "correction");
		assertThat(body).contains(customer.toString(), disclosure, "phone").doesNotContain("0000 1111");
		assertThat(mailsTo(printerMail)).isZero();
	}

	@Test
	void anAcknowledgementIsRecordedOnceWithItsNote() throws Exception {
		var shipper = recipient("Parcel Express", "privacy-" + UUID.randomUUID() + "@parcel.example",
				"\"name\",\"phone\"");
		var customer = customer();
		disclose(shipper, customer);
		admin.patch("/api/v1/customers/{id}", "{\"phone\":\"+44 20 0000 2222\"}", customer).exchange();
		var notice = notices(customer, 1).get(0).get("id").asString();
		var acknowledged = admin.post("/api/v1/onward-notices/{id}/acknowledgement", """
				{"note":"Corrected in their shipping system on the phone"}""", notice).exchange();
		assertThat(acknowledged).hasStatusOk();
		var after = notices(customer, 1).get(0);
		assertThat(after.get("acknowledgedBy").asString()).isEqualTo("admin");
		assertThat(after.get("note").asString()).isEqualTo("Corrected in their shipping system on the phone");
		var twice = admin.post("/api/v1/onward-notices/{id}/acknowledgement", "{}", notice).exchange();
		assertThat(twice).hasStatus(HttpStatus.CONFLICT);
		assertThat(admin.post("/api/v1/onward-notices/{id}/acknowledgement", "{}", UUID.randomUUID()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anErasureIsPassedOnToEveryRecipientThatReceivedAnything() throws Exception {
		var shipperMail = "privacy-" + UUID.randomUUID() + "@parcel.example";
		var shipper = recipient("Parcel Express", shipperMail, "\"name\",\"postalAddress\"");
		var printer = recipient("Card Printers", "privacy-" + UUID.randomUUID() + "@printer.example", "\"name\"");
		var unrelated = recipient("Unrelated", "privacy-" + UUID.randomUUID() + "@other.example", "\"name\"");
		var customer = customer();
		disclose(shipper, customer);
		disclose(printer, customer);
		disclosureStore().erase(DataSubject.customer(customer));
		var notices = notices(customer, 2);
		assertThat(notices).extracting(n -> n.get("recipientId").asString())
			.containsExactlyInAnyOrder(shipper.toString(), printer.toString()).doesNotContain(unrelated.toString());
		assertThat(notices).allSatisfy(n -> assertThat(n.get("kind").asString()).isEqualTo("erasure"));
		assertThat(Mailbox.bodyOf(MAIL, shipperMail, "erasure")).contains(customer.toString(), "erase");
		assertThat(admin.get("/api/v1/customers/{id}/disclosures", customer).exchange()).bodyJson()
			.extractingPath("$.length()").isEqualTo(0);
	}

	@Test
	void aRestrictionIsPassedOnAndListedInTheExport() throws Exception {
		var shipper = recipient("Parcel Express", "privacy-" + UUID.randomUUID() + "@parcel.example", "\"name\"");
		var customer = customer();
		disclose(shipper, customer);
		disclosureStore().restrict(DataSubject.customer(customer));
		assertThat(notices(customer, 1).get(0).get("kind").asString()).isEqualTo("restriction");
		var export = json.writeValueAsString(disclosureStore().export(DataSubject.customer(customer)));
		assertThat(export).contains("\"onwardNotices\"", "\"kind\":\"restriction\"");
	}

	@Test
	void aSuspensionThroughTheRequestDeskShowsItsNoticesOnTheRequestAndCustomerPages() throws Exception {
		var shipper = recipient("Parcel Express", "privacy-" + UUID.randomUUID() + "@parcel.example", "\"name\"");
		var email = "ada-" + UUID.randomUUID() + "@example.com";
		var customer = customer(email);
		disclose(shipper, customer);
		var request = json.readTree(mvc.post().uri("/api/v1/privacy-requests").contentType("application/json")
			.content("{\"email\":\"%s\",\"type\":\"suspension\"}".formatted(email)).exchange().getResponse()
			.getContentAsByteArray()).get("id").asString();
		var code = Mailbox.find(Mailbox.bodyOf(MAIL, email, ""), Pattern.compile("code: (\\d{6})"));
		assertThat(mvc.post().uri("/api/v1/privacy-requests/{id}/verification", request)
			.contentType("application/json").content("{\"code\":\"" + code + "\"}").exchange()).hasStatusOk();
		var notice = notices(customer, 1).get(0);
		assertThat(notice.get("kind").asString()).isEqualTo("restriction");
		assertThat(admin.get("/requests/{id}", request).exchange()).hasStatusOk().bodyText()
			.contains("Onward notices (Art. 19)", "Parcel Express", "restriction");
		assertThat(admin.get("/customers/{id}/disclosures", customer).exchange()).hasStatusOk().bodyText()
			.contains("Onward notices", "Parcel Express", "Acknowledge");
		var acknowledged = mvc.post().uri("/customers/{c}/onward-notices/{id}/acknowledgement", customer,
				notice.get("id").asString()).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)).with(csrf())
			.param("note", "Held back by phone").exchange();
		assertThat(acknowledged).hasStatus(HttpStatus.FOUND);
		assertThat(admin.get("/customers/{id}/disclosures", customer).exchange()).bodyText()
			.contains("by admin: Held back by phone");
	}

	private JsonNode notices(UUID customer, int expected) throws Exception {
		JsonNode notices = null;
		for (int i = 0; i < 100; i++) {
			notices = json.readTree(admin.get("/api/v1/customers/{id}/onward-notices", customer).exchange()
				.getResponse().getContentAsByteArray());
			if (notices.size() >= expected) {
				return notices;
			}
			Thread.sleep(100);
		}
		return notices;
	}

	private long mailsTo(String email) throws Exception {
		var count = 0;
		for (var message : MAIL.getReceivedMessages()) {
			if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email))) {
				count++;
			}
		}
		return count;
	}

	private PersonalDataStore disclosureStore() {
		return stores.stream().filter(s -> s.describe().store().equals("disclosure")).findFirst().orElseThrow();
	}

	private UUID recipient(String name, String email, String fields) {
		var result = admin.post("/api/v1/recipients", """
				{"name":"%s","kind":"processor","legalEntity":"%s GmbH","country":"DE","contractReference":"DPA-1",
				 "contactEmail":"%s","purposes":{"gifts":[%s]}}""".formatted(name, name, email, fields)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private UUID customer() {
		return customer(UUID.randomUUID() + "@example.com");
	}

	private UUID customer(String email) {
		var result = admin.post("/api/v1/customers", """
				{"email":"%s","name":"Ada Lovelace","phone":"+44 20 7946 0958",
				 "postalAddress":"12 St James's Square, London","country":"GB","source":"staff","purposes":["gifts"]}"""
			.formatted(email)).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private String disclose(UUID recipient, UUID customer) {
		var result = admin.post("/api/v1/recipients/{id}/disclosures",
				json.writeValueAsString(new DisclosureRequest("gifts", List.of(customer), "json", "contract", null)),
				recipient).exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray()).get("disclosureId").asString();
	}
}
