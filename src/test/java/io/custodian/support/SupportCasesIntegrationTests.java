package io.custodian.support;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.WithMailServer;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.support.internal.SupportMailbox;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Support cases end to end over real SMTP and IMAP: staff open and answer a case, the customer's mailed answer threads
 * back into it, strangers' mails do not, staff see the customer only through the support purpose, and customers see
 * only their own cases in their account.
 */
@CustodianTest
class SupportCasesIntegrationTests extends WithMailServer {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SupportMailbox mailbox;

	@Autowired
	List<PersonalDataStore> stores;

	Api support;

	String email;

	UUID customer;

	@BeforeEach
	void supportStaffAndCustomer() throws Exception {
		support = Api.asAdmin(mvc).createStaff("support-desk", "support");
		email = "case-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		customer = customer(email);
	}

	@Test
	void aStaffReplyIsMailedWithTheReferenceAndTheCustomersEmailAnswerThreadsIntoTheCase() throws Exception {
		var opened = open(customer, "Printer on fire");
		var reference = opened.get("reference").asString();
		assertThat(support.post("/api/v1/support/cases/{id}/messages", """
				{"text":"Please unplug it first."}""", opened.get("id").asString())).hasStatus(HttpStatus.CREATED);

		var mailed = mailTo(email, reference);
		assertThat(mailed.getSubject()).isEqualTo("[Case " + reference + "] Printer on fire");
		assertThat(mailed.getContent().toString()).contains("Please unplug it first.");
		var answer = answer(email, "Re: something else", mailed.getMessageID(), "Unplugged, it stopped burning.");
		deliver(answer);

		assertThat(mailbox.pollOnce()).containsEntry("appended", 1);
		var read = support.get("/api/v1/support/cases/{id}", opened.get("id").asString());
		assertThat(read).hasStatusOk().bodyJson().extractingPath("$.messages[*].body").asArray()
			.containsExactly("Something is wrong", "Please unplug it first.", "Unplugged, it stopped burning.");
		assertThat(read).bodyJson().extractingPath("$.messages[2].author").isEqualTo("email");
		assertThat(read).bodyJson().extractingPath("$.supportCase.status").isEqualTo("open");

		deliver(answer);
		assertThat(mailbox.pollOnce()).containsEntry("filed-before", 1);
		assertThat(messages(opened.get("id").asString())).isEqualTo(3);
	}

	@Test
	void aMailFromAStrangerCarryingTheReferenceIsNotAppended() throws Exception {
		var opened = open(customer, "Billing question");
		var reference = opened.get("reference").asString();
		deliver(answer("stranger-" + UUID.randomUUID() + "@example.org", "Re: [Case " + reference + "] Billing question",
				null, "Let me into this case."));

		assertThat(mailbox.pollOnce()).containsEntry("ignored-stranger", 1);
		assertThat(messages(opened.get("id").asString())).isEqualTo(1);

		deliver(answer("stranger-" + UUID.randomUUID() + "@example.org", "Hello", null, "Open a case for me."));
		assertThat(mailbox.pollOnce()).containsEntry("ignored-unknown-sender", 1);
	}

	@Test
	void aMailFromAKnownCustomerAnsweringNoCaseOpensOne() throws Exception {
		deliver(answer(email, "My parcel never came", null, "Where is it?"));

		assertThat(mailbox.pollOnce()).containsEntry("new-case", 1);
		var cases = jdbc.sql("SELECT channel FROM support_cases WHERE customer_id = :c").param("c", customer)
			.query(String.class).list();
		assertThat(cases).containsExactly("email");
	}

	@Test
	void supportStaffSeeTheCustomerOnlyThroughTheSupportPurpose() throws Exception {
		assertThat(Api.asAdmin(mvc).patch("/api/v1/customers/{id}", """
				{"phone":"+1 555 0199","purposes":["product-news"]}""", customer)).hasStatusOk();
		var opened = open(customer, "Which fields");

		var read = support.get("/api/v1/support/cases/{id}", opened.get("id").asString());
		assertThat(read).hasStatusOk().bodyJson().extractingPath("$.customer.email").isEqualTo(email);
		assertThat(read).bodyJson().extractingPath("$.customer.name").isEqualTo("Ada Lovelace");
		assertThat(read).bodyJson().doesNotHavePath("$.customer.phone");
	}

	@Test
	void aReplyIsKeptButNotMailedWhenTheEmailIsNotReadableForSupport() throws Exception {
		var newsOnly = "news-only-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var created = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","source":"customer-form","purposes":["product-news"]}""".formatted(newsOnly)).exchange();
		var id = open(UUID.fromString(json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString()),
				"Not for support").get("id").asString();

		assertThat(support.post("/api/v1/support/cases/{id}/messages", "{\"text\":\"Kept only\"}", id))
			.hasStatus(HttpStatus.CREATED);
		assertThat(messages(id)).isEqualTo(2);
		assertThat(Arrays.stream(MAIL.getReceivedMessages()).flatMap(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).map(Object::toString);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		})).doesNotContain(newsOnly);
		assertThat(support.get("/api/v1/support/cases/{id}", id)).hasStatusOk().bodyJson()
			.extractingPath("$.customerUnreadable").asString().contains("not collected for support");
	}

	@Test
	void aSuspendedCustomerGetsNoCaseAndNothingIsStored() throws Exception {
		store("customer").restrict(DataSubject.customer(customer));

		assertThat(support.post("/api/v1/support/cases", """
				{"customerId":"%s","subject":"Hello","message":"Hi"}""".formatted(customer)))
			.hasStatus(HttpStatus.CONFLICT).bodyText().contains("suspended");
		deliver(answer(email, "Still there?", null, "Mail while suspended"));
		assertThat(mailbox.pollOnce()).containsEntry("ignored-restricted", 1);
		assertThat(cases(customer)).isZero();
	}

	@Test
	void marketingMayNotTouchSupportCases() {
		var marketing = Api.asAdmin(mvc).createStaff("support-marketer", "marketing");
		assertThat(marketing.get("/api/v1/support/cases")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(marketing.post("/api/v1/support/cases", """
				{"customerId":"%s","subject":"Hello","message":"Hi"}""".formatted(customer)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(cases(customer)).isZero();
	}

	@Test
	void badInputAndIllegalMovesAreRefusedNamingTheReason() throws Exception {
		assertThat(support.post("/api/v1/support/cases", """
				{"customerId":"%s","subject":"","message":"Hi"}""".formatted(customer)))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("subject");
		assertThat(support.post("/api/v1/support/cases", """
				{"customerId":"%s","subject":"Long","message":"%s"}""".formatted(customer, "x".repeat(20_001))))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("message");
		var id = open(customer, "Moves").get("id").asString();
		assertThat(support.post("/api/v1/support/cases/{id}/status", "{\"status\":\"closed\"}", id))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(support.post("/api/v1/support/cases/{id}/status", "{\"status\":\"resolved\"}", id)).hasStatusOk();
		assertThat(support.post("/api/v1/support/cases/{id}/status", "{\"status\":\"closed\"}", id)).hasStatusOk();
		assertThat(support.post("/api/v1/support/cases/{id}/messages", "{\"text\":\"late\"}", id))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(support.post("/api/v1/support/cases/{id}/assignee", "{\"assignee\":\"support-desk\"}", id))
			.hasStatusOk().bodyJson().extractingPath("$.assignee").isEqualTo("support-desk");
	}

	@Test
	void aSignedInCustomerSeesAndAnswersOnlyTheirOwnCases() throws Exception {
		var mine = open(customer, "My own question");
		var other = open(customer("other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com"),
				"Somebody else's question");
		var session = signIn();

		assertThat(mvc.get().uri("/account/support?lang=en").cookie(session)).hasStatusOk().bodyText()
			.contains(mine.get("reference").asString(), "My own question")
			.doesNotContain(other.get("reference").asString(), "Somebody else");
		assertThat(mvc.get().uri("/account/support/{id}?lang=en", other.get("id").asString()).cookie(session))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/account/support/{id}/messages?lang=en", other.get("id").asString()).with(csrf())
			.cookie(session).param("text", "sneaking in")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(mvc.post().uri("/account/support?lang=en").with(csrf()).cookie(session).param("subject", "New one")
			.param("message", "Opened from my account")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(mvc.post().uri("/account/support/{id}/messages?lang=en", mine.get("id").asString()).with(csrf())
			.cookie(session).param("text", "Any news?")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(mvc.get().uri("/account/support/{id}?lang=en", mine.get("id").asString()).cookie(session))
			.hasStatusOk().bodyText().contains("Any news?");
		assertThat(cases(customer)).isEqualTo(2);
		assertThat(mvc.get().uri("/account/support")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void theConsoleListsCasesByStatusAndShowsTheConversationWithTheCustomersSupportFields() throws Exception {
		var opened = open(customer, "Console view");
		var id = opened.get("id").asString();
		var staff = user("support-desk").authorities(new SimpleGrantedAuthority("SCOPE_support:cases"),
				new SimpleGrantedAuthority("ROLE_SUPPORT"));

		assertThat(mvc.get().uri("/support?status=open").with(staff)).hasStatusOk().bodyText()
			.contains(opened.get("reference").asString(), "Console view");
		assertThat(mvc.get().uri("/support?status=closed").with(staff)).hasStatusOk().bodyText()
			.doesNotContain(opened.get("reference").asString());
		assertThat(mvc.post().uri("/support/{id}/messages", id).with(staff).with(csrf()).param("text", "From the console"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/support/{id}", id).with(staff)).hasStatusOk().bodyText()
			.contains("Something is wrong", "From the console", email, "waiting");
		assertThat(mvc.post().uri("/support").with(staff).with(csrf()).param("customerId", email)
			.param("subject", "Opened in the console").param("message", "By email address")).hasStatus(HttpStatus.FOUND);
		assertThat(cases(customer)).isEqualTo(2);
	}

	@Test
	void erasureRemovesTheCustomersCasesAfterExportingThem() throws Exception {
		open(customer, "Forget me");
		var store = store("support");
		assertThat(json.writeValueAsString(store.export(DataSubject.customer(customer)))).contains("Forget me",
				"Something is wrong");

		store.erase(DataSubject.customer(customer));

		assertThat(cases(customer)).isZero();
		assertThat(store.export(DataSubject.customer(customer))).isEmpty();
	}

	private tools.jackson.databind.JsonNode open(UUID customer, String subject) throws Exception {
		var created = support.post("/api/v1/support/cases", """
				{"customerId":"%s","subject":"%s","message":"Something is wrong"}""".formatted(customer, subject))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return json.readTree(created.getResponse().getContentAsByteArray());
	}

	private UUID customer(String address) throws Exception {
		var created = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","name":"Ada Lovelace","source":"customer-form","purposes":["support"]}""".formatted(address))
			.exchange();
		return UUID.fromString(json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private long cases(UUID customer) {
		return jdbc.sql("SELECT COUNT(*) FROM support_cases WHERE customer_id = :c").param("c", customer)
			.query(Long.class).single();
	}

	private long messages(String caseId) {
		return jdbc.sql("SELECT COUNT(*) FROM support_messages WHERE case_id = :c").param("c", UUID.fromString(caseId))
			.query(Long.class).single();
	}

	private PersonalDataStore store(String name) {
		return stores.stream().filter(s -> s.describe().store().equals(name)).findFirst().orElseThrow();
	}

	private MimeMessage mailTo(String address, String reference) throws Exception {
		for (int i = 0; i < 50; i++) {
			for (var message : MAIL.getReceivedMessages()) {
				var to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
				if (to.contains(address) && message.getSubject().contains("[Case " + reference + "]")) {
					return message;
				}
			}
			MAIL.waitForIncomingEmail(200, MAIL.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No support mail to " + address);
	}

	private static MimeMessage answer(String from, String subject, String inReplyTo, String text) throws Exception {
		var message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipients(Message.RecipientType.TO, SUPPORT_MAILBOX);
		message.setSubject(subject);
		message.setText(text, "UTF-8");
		message.saveChanges();
		if (inReplyTo != null) {
			message.setHeader("In-Reply-To", inReplyTo);
			message.setHeader("References", inReplyTo);
		}
		return message;
	}

	private static void deliver(MimeMessage message) throws Exception {
		MAIL.getUserManager().getUser(SUPPORT_MAILBOX).deliver(new MimeMessage(message));
	}

	private Cookie signIn() throws Exception {
		var before = signInCodes().size();
		var page = mvc.post().uri("/account/sign-in?lang=en").with(csrf()).param("email", email).exchange()
			.getResponse().getRedirectedUrl();
		var code = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(this::signInCodes, codes -> codes.size() > before).getLast();
		var signedIn = mvc.post().uri(page).with(csrf()).param("code", code).exchange();
		var cookie = signedIn.getResponse().getHeader("Set-Cookie");
		return new Cookie("custodian_account", cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')));
	}

	private List<String> signInCodes() throws Exception {
		var pattern = Pattern.compile("code on the sign-in page: (\\d{6})");
		var codes = new java.util.ArrayList<String>();
		for (var message : MAIL.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
				var matcher = pattern.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message));
				if (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		return codes;
	}
}
