package io.custodian.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.custodian.Api;
import io.custodian.Consents;
import io.custodian.CustodianTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@CustodianTest
class RequestDeskIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	final java.util.Set<String> usedCodes = new java.util.HashSet<>();

	String email;

	String customer;

	@BeforeEach
	void createCustomer() {
		admin = Api.asAdmin(mvc);
		email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var created = admin.post("/api/v1/customers", """
				{"email":"%s","name":"Ada Lovelace","phone":"+44 20 7946 0000","source":"customer-form",
				 "purposes":["support"]}""".formatted(email)).exchange();
		customer = read(created).get("id").toString();
	}

	@Test
	void answersTheSameForKnownAndUnknownEmailsAndMailsOnlyTheAddressOnFile() {
		var unknown = submit("nobody-" + UUID.randomUUID() + "@example.com", "access");
		var known = submit(email, "access");
		assertThat(unknown.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus()).isEqualTo(202);
		assertThat(read(unknown).get("message")).isEqualTo(read(known).get("message"));
		assertThat(read(unknown).keySet()).isEqualTo(read(known).keySet());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> mailsTo(email).size() == 1);
		assertThat(mail.getReceivedMessages()).allSatisfy(m -> assertThat(GreenMailUtil.getAddressList(m.getAllRecipients()))
			.doesNotContain("nobody"));
	}

	@Test
	void fulfilsAnAccessRequestAfterTheCodeWithADownloadLink() throws Exception {
		var id = read(submit(email, "access")).get("id").toString();
		var verified = verify(id, codeFor(email));
		assertThat(verified).hasStatusOk();
		assertThat(read(verified).get("state")).isEqualTo("completed");
		var confirmation = lastMailTo(email);
		var link = Pattern.compile("/privacy/downloads/([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(confirmation));
		assertThat(link.find()).isTrue();
		var download = mvc.get().uri("/privacy/downloads/" + link.group(1)).exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getContentAsString()).contains(email).contains("Ada Lovelace")
			.contains("\"customer\"").contains("\"analytics\"").contains("\"consent\"");
		assertThat(mvc.get().uri("/privacy/downloads/not-a-token").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void locksTheRequestAfterFiveWrongCodes() {
		var id = read(submit(email, "elimination")).get("id").toString();
		var code = codeFor(email);
		var wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 1; i <= 4; i++) {
			var result = verify(id, wrong);
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result).bodyJson().extractingPath("$.errors[0].reason").asString().contains((5 - i) + (i == 4 ? " attempt left" : " attempts left"));
		}
		assertThat(verify(id, wrong)).hasStatus(HttpStatus.LOCKED);
		assertThat(verify(id, code)).hasStatus(HttpStatus.LOCKED);
		assertThat(admin.get("/api/v1/customers/{id}?purpose=support", customer).exchange()).hasStatusOk();
	}

	@Test
	void refusesReplayedCodesCodesOfTheWrongLengthAndUnknownTypes() {
		var id = read(submit(email, "suspension")).get("id").toString();
		var code = codeFor(email);
		assertThat(verify(id, "12345")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
			.isEqualTo("code");
		assertThat(verify(id, code)).hasStatusOk();
		assertThat(verify(id, code)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(submit(email, "teleportation")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("type");
		assertThat(mvc.post().uri("/api/v1/privacy-requests").contentType("application/json").content("{\"email\":").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void suspensionMakesEveryPurposeReadForbiddenAndStopsCollectionUntilLifted() {
		var site = site();
		var visitor = "0123456789abcd" + UUID.randomUUID().toString().substring(0, 2);
		admin.put("/api/v1/sites/{site}/visitors/{visitor}/customer", """
				{"customerId":"%s"}""".formatted(customer), site, visitor).exchange();
		var consent = Consents.grant(mvc, json, site, "analytics");
		var id = read(submit(email, "suspension")).get("id").toString();
		assertThat(read(verify(id, codeFor(email))).get("state")).isEqualTo("completed");
		for (var purpose : List.of("support", "legal-obligation", "feedback")) {
			assertThat(admin.get("/api/v1/customers/{id}?purpose={p}", customer, purpose).exchange())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		hit(site, visitor, consent);
		assertThat(events(visitor)).isZero();
		var lift = read(submit(email, "lift-suspension")).get("id").toString();
		assertThat(read(verify(lift, codeFor(email))).get("state")).isEqualTo("completed");
		assertThat(admin.get("/api/v1/customers/{id}?purpose=support", customer).exchange()).hasStatusOk();
		hit(site, visitor, consent);
		assertThat(events(visitor)).isEqualTo(1);
	}

	@Test
	void eliminationLeavesNothingFindableByEmailCustomerIdOrVisitorId() throws Exception {
		var site = site();
		var visitor = "fedcba98765432" + UUID.randomUUID().toString().substring(0, 2);
		var consent = Consents.grant(mvc, json, site, "analytics");
		admin.put("/api/v1/sites/{site}/visitors/{visitor}/customer", """
				{"customerId":"%s"}""".formatted(customer), site, visitor).exchange();
		admin.put("/api/v1/consent-records/{id}/customer", """
				{"customerId":"%s"}""".formatted(customer), consent).exchange();
		hit(site, visitor, consent);
		hit(site, visitor, consent);
		assertThat(events(visitor)).isEqualTo(2);

		var id = read(submit(email, "elimination")).get("id").toString();
		assertThat(read(verify(id, codeFor(email))).get("state")).isEqualTo("completed");

		assertThat(admin.get("/api/v1/customers?email={e}&purpose=legal-obligation", email).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(admin.get("/api/v1/customers/{id}?purpose=legal-obligation", customer).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(events(visitor)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor_links WHERE visitor_id = :v").param("v", visitor)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM consent_record_details d JOIN consent_records r ON r.seq = d.seq
				WHERE r.consent_id = :c""").param("c", consent).query(Long.class).single()).isZero();
		var detail = admin.get("/api/v1/requests/{id}", id).exchange();
		assertThat(detail).bodyJson().extractingPath("$.result.erasureReport[*].store").asArray()
			.contains("customer", "analytics", "consent", "requests");
		assertThat(detail.getResponse().getContentAsString()).contains("Art. 7(1)");
		assertThat(lastMailTo(email).getSubject()).contains("completed");
	}

	@Test
	void correctionUpdatesTheFieldWithSourceRequest() {
		var result = mvc.post().uri("/api/v1/privacy-requests").contentType("application/json").content("""
				{"email":"%s","type":"correction","changes":{"name":"Ada King"}}""".formatted(email)).exchange();
		var id = read(result).get("id").toString();
		assertThat(read(verify(id, codeFor(email))).get("state")).isEqualTo("completed");
		var customerView = admin.get("/api/v1/customers/{id}?purpose=support", customer).exchange();
		assertThat(customerView).bodyJson().extractingPath("$.name").isEqualTo("Ada King");
		assertThat(customerView).bodyJson().extractingPath("$.fields.name.source").isEqualTo("request");
	}

	@Test
	void aLockedRequestShowsAsLockedInTheApiAndTheConsole() {
		var id = read(submit(email, "access")).get("id").toString();
		var wrong = codeFor(email).equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			verify(id, wrong);
		}
		var detail = admin.get("/api/v1/requests/{id}", id).exchange();
		assertThat(detail).bodyJson().extractingPath("$.request.state").isEqualTo("locked");
		assertThat(admin.get("/api/v1/requests?state=locked").exchange()).bodyJson().extractingPath("$[*].id").asArray()
			.contains(id);
		assertThat(admin.get("/api/v1/requests?state=verifying").exchange()).bodyJson().extractingPath("$[*].id")
			.asArray().doesNotContain(id);
		var officer = user("pat").authorities(AuthorityUtils.createAuthorityList("ROLE_PRIVACY_OFFICER",
				"SCOPE_customers:read", "SCOPE_requests:manage"));
		assertThat(mvc.get().uri("/requests/{id}", id).with(officer)).hasStatusOk().bodyText()
			.contains("Locked — too many wrong codes", "Locked after too many wrong codes");
		var reference = ((Map<?, ?>) read(detail).get("request")).get("reference").toString();
		assertThat(mvc.get().uri("/requests").param("state", "locked").with(officer)).hasStatusOk().bodyText()
			.contains(reference);
	}

	@Test
	void staffSeeTheQueueAndCanExtendOnceWithAReason() {
		var id = read(submit(email, "access")).get("id").toString();
		assertThat(admin.get("/api/v1/requests?state=verifying").exchange()).bodyJson().extractingPath("$[*].id").asArray()
			.contains(id);
		var extended = admin.post("/api/v1/requests/{id}/extension", """
				{"months":2,"reason":"Many stores to search"}""", id).exchange();
		assertThat(extended).hasStatusOk();
		assertThat(admin.post("/api/v1/requests/{id}/extension", """
				{"months":1,"reason":"Again"}""", id).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(admin.post("/api/v1/requests/{id}/notes", "{\"text\":\"Called the customer\"}", id).exchange())
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(admin.get("/api/v1/requests/{id}", id).exchange()).bodyJson().extractingPath("$.timeline[*].kind")
			.asArray().contains("received", "code-sent", "extended", "note");
		assertThat(admin.get("/api/v1/audit?subject=request:{id}", id).exchange()).bodyJson()
			.extractingPath("$[*].action").asArray().contains("request.received", "request.extended", "request.read");
	}

	@Test
	void refusesStaffActionsWithMissingOrOversizedTextsNamingTheField() {
		var id = read(submit(email, "access")).get("id").toString();
		assertThat(admin.post("/api/v1/requests/{id}/rejection", "{\"reason\":\"  \"}", id).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0]")
			.isEqualTo(Map.of("field", "reason", "reason", "tell the requester why, up to 2000 characters"));
		assertThat(admin.post("/api/v1/requests/{id}/notes", "{\"text\":\"%s\"}".formatted("x".repeat(5001)), id)
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("text");
		assertThat(admin.post("/api/v1/requests/{id}/extension", "{\"reason\":\"Busy\"}", id).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("months");
		assertThat(admin.post("/api/v1/requests/{id}/assignment", "{\"staff\":[\"pat\"]}", id).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("staff");
		assertThat(admin.get("/api/v1/requests/{id}", id).exchange()).bodyJson().extractingPath("$.timeline[*].kind")
			.asArray().doesNotContain("rejected", "note", "extended", "assigned");
	}

	private String site() {
		var created = admin.post("/api/v1/sites", """
				{"name":"Shop","domains":["req-%s.example"]}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
			.exchange();
		return read(created).get("id").toString();
	}

	private void hit(String site, String visitor, String consent) {
		var domain = jdbc.sql("SELECT domains FROM sites WHERE id = :id").param("id", UUID.fromString(site))
			.query(String.class).single();
		var result = mvc.post().uri("/api/v1/collect").contentType("text/plain").content("""
				{"site":"%s","type":"pageview","url":"https://%s/","visitor":"%s","session":"s1","consent":"%s"}"""
			.formatted(site, domain, visitor, consent)).exchange();
		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
	}

	private long events(String visitor) {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE visitor_id = :v").param("v", visitor).query(Long.class).single();
	}

	private MvcTestResult submit(String email, String type) {
		return mvc.post().uri("/api/v1/privacy-requests").contentType("application/json").content("""
				{"email":"%s","type":"%s","message":"Please handle my data"}""".formatted(email, type)).exchange();
	}

	private MvcTestResult verify(String id, String code) {
		return mvc.post().uri("/api/v1/privacy-requests/{id}/verification", id).contentType("application/json")
			.content("{\"code\":\"" + code + "\"}").exchange();
	}

	/** The code of the next code email to this address: codes are sent after the request commits, off its thread. */
	private String codeFor(String address) {
		var pattern = Pattern.compile("code: (\\d{6})");
		return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> mailsTo(address).stream()
			.map(m -> pattern.matcher(GreenMailUtil.getBody(m)))
			.filter(java.util.regex.Matcher::find)
			.map(m -> m.group(1))
			.filter(code -> !usedCodes.contains(code))
			.findFirst().orElse(null), code -> code != null && usedCodes.add(code));
	}

	private MimeMessage lastMailTo(String address) {
		var messages = mailsTo(address);
		assertThat(messages).isNotEmpty();
		return messages.getLast();
	}

	private List<MimeMessage> mailsTo(String address) {
		return List.of(mail.getReceivedMessages()).stream()
			.filter(m -> GreenMailUtil.getAddressList(safeRecipients(m)).contains(address)).toList();
	}

	private static jakarta.mail.Address[] safeRecipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(MvcTestResult result) {
		return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
	}
}
