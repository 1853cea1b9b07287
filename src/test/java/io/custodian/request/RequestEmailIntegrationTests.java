package io.custodian.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.Mailbox;
import io.custodian.request.internal.mail.MailboxPoller;
import io.custodian.request.internal.mail.MailboxPoller.PollResult;
import io.custodian.request.internal.mail.Outcome;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.custodian.request.TestEmails.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Email intake against GreenMail, a real SMTP and IMAP server in-process: mail to the privacy address becomes a
 * ticket, the code goes only to the email on file, each message is handled once, and bad messages stop nothing.
 */
@CustodianTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class RequestEmailIntegrationTests {

	private static final String PASSWORD = "mailbox-secret";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
		.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, PASSWORD))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> greenMail.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("custodian.requests.mail-from", () -> MAILBOX);
		registry.add("custodian.requests.mailbox.enabled", () -> "true");
		registry.add("custodian.requests.outbox-interval", () -> "1s");
		registry.add("custodian.requests.mailbox.poll-interval", () -> "1h");
		registry.add("custodian.requests.mailbox.host", () -> greenMail.getImap().getBindTo());
		registry.add("custodian.requests.mailbox.port", () -> greenMail.getImap().getPort());
		registry.add("custodian.requests.mailbox.protocol", () -> "imap");
		registry.add("custodian.requests.mailbox.username", () -> MAILBOX);
		registry.add("custodian.requests.mailbox.password", () -> PASSWORD);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailboxPoller poller;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	RequestDesk desk;

	@Autowired
	JavaMailSender mailSender;

	Api admin;

	@BeforeEach
	void setUp() throws Exception {
		admin = Api.asAdmin(mvc);
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void eliminationRequestArrivesByEmailAndIsCarriedOutAfterTheCode() throws Exception {
		var created = admin.post("/api/v1/customers", """
				{"email":"ada@example.com","name":"Ada","source":"customer-form","purposes":["support"]}""").exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		var customerId = json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString();
		GreenMailUtil.sendTextEmail(MAILBOX, "ada@example.com", "Delete my account",
				"Hello,\n\nplease delete all my data.\n\nAda", greenMail.getSmtp().getServerSetup());
		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();

		var polled = poller.pollOnce();

		assertThat(polled.failed()).isFalse();
		assertThat(polled.tickets()).isEqualTo(1);
		var id = polled.requests().get(0);
		var queue = json.readTree(admin.get("/api/v1/requests?type=elimination").exchange().getResponse()
			.getContentAsByteArray());
		var ticket = find(queue, id);
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		assertThat(ticket.get("state").asString()).isEqualTo("verifying");
		assertThat(ticket.get("customerId").asString()).isEqualTo(customerId);
		var detail = detail(id);
		assertThat(detail.get("email").asString()).isEqualTo("ada@example.com");
		assertThat(detail.at("/details/message").asString()).isEqualTo("Delete my account\n\nHello,\n\nplease delete all my data.\n\nAda");

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> !mailsTo("ada@example.com").isEmpty());
		var codeMails = mailsTo("ada@example.com");
		assertThat(codeMails).hasSize(1);
		var code = code(codeMails.get(0));
		var verified = mvc.post().uri("/api/v1/privacy-requests/{id}/verification", id)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}").exchange();
		assertThat(verified).hasStatusOk();
		assertThat(verified).bodyJson().extractingPath("$.state").isEqualTo("completed");

		var all = mailsTo("ada@example.com");
		assertThat(all).hasSize(2);
		assertThat(all.get(1).getSubject()).endsWith("completed");
		assertThat(GreenMailUtil.getBody(all.get(1))).contains("elimination").contains("is complete");
		assertThat(admin.get("/api/v1/customers?email={e}&purpose=support", "ada@example.com").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(admin.get("/api/v1/customers/{id}?purpose=support", customerId).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(greenMail.findReceivedMessages(user -> !user.getEmail().equals("ada@example.com")
				&& !user.getEmail().equals(MAILBOX), message -> true)).isEmpty();
	}

	@Test
	void handlesEachMessageOnceAcrossPollsRestartsAndConcurrentPollers() throws Exception {
		var before = requestCount();
		deliver(TestEmails.plain(unique("once"), "What data do you hold about me?", "Please send me a copy."));
		var withoutId = TestEmails.headers(unique("noid"), "Auskunft", null)
				+ "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nWelche Daten haben Sie?\r\n";
		deliver(withoutId);

		var first = poller.pollOnce();
		var again = poller.pollOnce();
		markAllUnseen();
		var unread = poller.pollOnce();
		var restarted = secondPoller().pollOnce();

		assertThat(first.tickets()).isEqualTo(2);
		assertThat(again.read()).isZero();
		assertThat(unread.read()).isEqualTo(2);
		assertThat(unread.alreadyProcessed()).isEqualTo(2);
		assertThat(unread.outcomes()).isEmpty();
		assertThat(restarted.alreadyProcessed()).isEqualTo(2);
		assertThat(restarted.outcomes()).isEmpty();
		assertThat(requestCount()).isEqualTo(before + 2);

		for (int i = 0; i < 6; i++) {
			deliver(TestEmails.plain(unique("race"), "Please delete all my data", "Thanks."));
		}
		var nodes = List.of(poller, secondPoller());
		try (var executor = Executors.newFixedThreadPool(2)) {
			var results = new ArrayList<PollResult>();
			for (var future : executor.invokeAll(nodes.stream().map(p -> (Callable<PollResult>) p::pollOnce).toList())) {
				results.add(future.get());
			}
			assertThat(results).noneMatch(PollResult::failed);
			assertThat(results.stream().mapToInt(PollResult::tickets).sum()).isEqualTo(6);
		}
		assertThat(requestCount()).isEqualTo(before + 8);
		assertThat(poller.pollOnce().outcomes()).isEmpty();
	}

	@Test
	void readsEveryMessageAndTurnsOnlyTheGoodOnesIntoTickets(CapturedOutput output) throws Exception {
		var plain = unique("plain");
		var htmlOnly = unique("html");
		var attached = unique("attached");
		var latin1 = unique("latin1");
		var windows = unique("windows");
		deliver(TestEmails.plain(plain, "Auskunft", "Welche Daten speichern Sie über mich?"));
		deliver(TestEmails.plain(null, "Please delete all my data", "No sender here."));
		deliver(TestEmails.plain("not an address", "Please delete all my data", "Broken sender."));
		deliver(TestEmails.html(htmlOnly, "Request", """
				<html><head><title>Mail</title><style>p { color: red }</style></head>
				<body><p>Bitte l&ouml;schen Sie <b>alle</b> meine Daten.</p><!-- tracking --><script>alert('x')</script>
				<div>Danke&nbsp;&amp; Gr&#252;&#xDF;e</div></body></html>"""));
		deliver(TestEmails.withAttachments(attached, "Copy of my data", "Please send me a copy of my data."));
		deliver(TestEmails.quotedPrintable(latin1, "Löschung", "Bitte löschen Sie meine Telefonnummer. Grüße aus München",
				"ISO-8859-1"));
		deliver(TestEmails.base64(windows, "Correction", "My name is wrong – it is “Zoë”, not Zoe. €5 says so.",
				"windows-1252"));
		deliver(TestEmails.plain(unique("ooo1"), "Re: your request", "I am away.", "Auto-Submitted: auto-replied\r\n"));
		deliver(TestEmails.plain(unique("ooo2"), "Re: your request", "I am away.", "X-Autoreply: yes\r\n"));
		deliver(TestEmails.plain(unique("ooo3"), "Abwesenheitsnotiz: Ihre Anfrage", "Ich bin nicht im Büro."));
		deliver(TestEmails.bounce());
		deliver(TestEmails.large(unique("large"), 2 * 1024 * 1024));
		deliver(TestEmails.unknownEncoding(unique("garbled")));
		deliver(TestEmails.empty(unique("empty")));
		var before = outcomeCounts();

		var polled = poller.pollOnce();

		assertThat(polled.failed()).isFalse();
		assertThat(polled.read()).isEqualTo(14);
		assertThat(polled.outcomes()).isEqualTo(Map.of(Outcome.TICKET, 5, Outcome.NO_SENDER, 2, Outcome.AUTO_REPLY, 3,
				Outcome.BOUNCE, 1, Outcome.TOO_LARGE, 1, Outcome.UNREADABLE, 2));
		var after = outcomeCounts();
		for (var outcome : Outcome.values()) {
			assertThat(after.getOrDefault(outcome.id(), 0L) - before.getOrDefault(outcome.id(), 0L))
				.as(outcome.id()).isEqualTo(polled.outcomes().getOrDefault(outcome, 0).longValue());
		}
		var messages = new HashMap<String, String>();
		for (var id : polled.requests()) {
			var detail = detail(id);
			messages.put(detail.get("email").asString(), detail.at("/details/message").asString());
		}
		assertThat(messages).containsOnlyKeys(plain, htmlOnly, attached, latin1, windows);
		assertThat(messages.get(plain)).isEqualTo("Auskunft\n\nWelche Daten speichern Sie über mich?");
		assertThat(messages.get(htmlOnly)).isEqualTo("Request\n\nBitte löschen Sie alle meine Daten.\n\nDanke & Grüße");
		assertThat(messages.get(attached)).isEqualTo("Copy of my data\n\nPlease send me a copy of my data.");
		assertThat(messages.get(latin1)).isEqualTo("Löschung\n\nBitte löschen Sie meine Telefonnummer. Grüße aus München");
		assertThat(messages.get(windows))
			.isEqualTo("Correction\n\nMy name is wrong – it is “Zoë”, not Zoe. €5 says so.");

		var flags = flags();
		assertThat(flags).hasSize(14).allMatch(f -> f.contains(Flags.Flag.SEEN));
		assertThat(flags.stream().filter(f -> f.contains(Flags.Flag.FLAGGED))).hasSize(5);
		assertThat(poller.pollOnce().read()).isZero();
		assertThat(mailsToAnyoneBut(MAILBOX)).isEmpty();
		var pollerLines = output.getAll().lines().filter(line -> line.contains("MailboxPoller")).toList();
		assertThat(pollerLines).isNotEmpty().noneMatch(line -> line.contains("@") || line.contains("example")
				|| line.contains("löschen") || line.contains("delete"));
	}

	@Test
	void unknownSenderGetsATicketButNoEmailAndReplyToIsNotTrusted() throws Exception {
		var onFile = unique("grace");
		assertThat(admin.post("/api/v1/customers", """
				{"email":"%s","name":"Grace","source":"customer-form","purposes":["support"]}""".formatted(onFile))
			.exchange()).hasStatus(HttpStatus.CREATED);
		var stranger = unique("stranger");
		deliver(TestEmails.plain(stranger, "Please delete all my data", "I am not on file.",
				"Reply-To: " + onFile + "\r\n"));

		var polled = poller.pollOnce();

		assertThat(polled.tickets()).isEqualTo(1);
		var detail = detail(polled.requests().get(0));
		assertThat(detail.get("email").asString()).isEqualTo(stranger);
		assertThat(detail.at("/request/state").asString()).isEqualTo("verifying");
		assertThat(detail.at("/request/customerId").isMissingNode() || detail.at("/request/customerId").isNull()).isTrue();
		Thread.sleep(300);
		assertThat(mailsToAnyoneBut(MAILBOX)).isEmpty();
	}

	@Test
	void customerEntersTheCodeOnThePageTheCodeEmailLinksTo() throws Exception {
		var email = customer("link");
		var submitted = mvc.post().uri("/api/v1/privacy-requests").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"type\":\"access\"}".formatted(email)).exchange();
		assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
		var id = json.readTree(submitted.getResponse().getContentAsByteArray()).get("id").asString();
		var reference = json.readTree(submitted.getResponse().getContentAsByteArray()).get("reference").asString();

		var codeMail = GreenMailUtil.getBody(awaitMailsTo(email, 1).get(0));
		var code = Mailbox.find(codeMail, Pattern.compile("code: (\\d{6})"));
		var link = Mailbox.find(codeMail, Pattern.compile("http://localhost:8080(/privacy/requests/[A-Za-z0-9_-]+\\?lang=en)"));
		var page = mvc.get().uri(link).exchange();
		var entered = mvc.post().uri(link.replace("?", "/verification?")).param("code", code).exchange();

		assertThat(link).doesNotContain(id).doesNotContain(reference);
		assertThat(link.substring("/privacy/requests/".length(), link.indexOf('?'))).hasSize(22);
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains(reference).contains("name=\"code\"");
		assertThat(entered).hasStatus(HttpStatus.SEE_OTHER);
		var confirmed = mvc.get().uri(entered.getResponse().getRedirectedUrl()).exchange();
		assertThat(confirmed).hasStatusOk();
		assertThat(detail(UUID.fromString(id)).at("/request/state").asString()).isEqualTo("completed");
		assertThat(mvc.get().uri("/privacy/requests/AAAAAAAAAAAAAAAAAAAAAA?lang=en").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void replyQuotingTheCodeVerifiesTheOriginalRequestWithoutASecondTicketOrCode() throws Exception {
		var email = customer("reply");
		deliver(TestEmails.plain(email, "Copy of my data", "Please send me a copy of my data."));
		var first = poller.pollOnce();
		assertThat(first.tickets()).isEqualTo(1);
		var id = first.requests().get(0);
		var codeMail = awaitMailsTo(email, 1).get(0);
		var code = code(codeMail);
		var before = requestCount();

		deliver(TestEmails.plain(email, "Re: " + codeMail.getSubject(), "My code is " + code + "\n\n> "
				+ GreenMailUtil.getBody(codeMail).replace("\n", "\n> "), "In-Reply-To: " + codeMail.getMessageID() + "\r\n"));
		var reply = poller.pollOnce();

		assertThat(reply.tickets()).isZero();
		assertThat(reply.outcomes()).isEqualTo(Map.of(Outcome.REPLY, 1));
		assertThat(requestCount()).isEqualTo(before);
		var detail = detail(id);
		assertThat(detail.at("/request/state").asString()).isEqualTo("completed");
		assertThat(detail.get("timeline").findValuesAsString("kind")).contains("email-reply", "verified")
			.containsOnlyOnce("code-sent");
		var mails = awaitMailsTo(email, 2);
		assertThat(mails).hasSize(2);
		assertThat(mails.get(1).getSubject()).endsWith("completed");
	}

	@Test
	void staffAnswerFromTheRequestPageReachesTheEmailOnFileAndTheTimeline() throws Exception {
		var email = customer("answer");
		var id = desk.submit(new NewRequest(null, "deletion", email, "Remove my phone", Map.of(), List.of("phone"),
				List.of(), "de", "web")).id();
		awaitMailsTo(email, 1);

		var answered = mvc.post().uri("/requests/{id}/replies", id)
			.with(user("pat").authorities(new SimpleGrantedAuthority("SCOPE_requests:manage"))).with(csrf())
			.param("text", "Wir brauchen noch Ihre Kundennummer.").exchange();

		assertThat(answered).hasStatus3xxRedirection();
		var mails = awaitMailsTo(email, 2);
		assertThat(mails.get(1).getSubject()).contains("Datenschutz-Anfrage");
		assertThat(GreenMailUtil.getBody(mails.get(1))).contains("Wir brauchen noch Ihre Kundennummer.");
		var timeline = detail(id).get("timeline");
		assertThat(timeline.findValuesAsString("kind")).contains("replied");
		assertThat(timeline.findValuesAsString("note")).contains("Wir brauchen noch Ihre Kundennummer.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'request.replied' AND subject = :t")
			.param("t", "request:" + id).query(Long.class).single()).isEqualTo(1);
		var stranger = desk.submit(new NewRequest(null, "access", unique("stranger"), null, Map.of(), List.of(),
				List.of(), "en", "api")).id();
		assertThat(admin.post("/api/v1/requests/" + stranger + "/replies", "{\"text\":\"Hello\"}").exchange())
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(admin.post("/api/v1/requests/" + id + "/replies", "{\"text\":\" \"}").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("text");
		assertThat(admin.post("/api/v1/requests/" + id + "/replies", "{\"text\":\"Danke\"}").exchange())
			.hasStatus(HttpStatus.ACCEPTED);
		assertThat(awaitMailsTo(email, 3).get(2).getContent().toString()).contains("Danke");
	}

	@Test
	void answersBeforeTheMailServerReceivesAnythingAndSendsTheCodeOnceItIsBack() throws Exception {
		var email = customer("outbox");
		var smtp = (JavaMailSenderImpl) mailSender;
		var port = smtp.getPort();
		int closed;
		try (var socket = new java.net.ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		smtp.setPort(closed);
		String id;
		try {
			var submitted = mvc.post().uri("/api/v1/privacy-requests").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"type\":\"elimination\"}".formatted(email)).exchange();
			assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
			id = json.readTree(submitted.getResponse().getContentAsByteArray()).get("id").asString();
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc
				.sql("SELECT COUNT(*) FROM request_outbox WHERE request_id = :r AND attempts > 0 AND kind = 'mail'")
				.param("r", UUID.fromString(id)).query(Long.class).single() == 1);
			assertThat(mailsTo(email)).isEmpty();
		}
		finally {
			smtp.setPort(port);
		}
		jdbc.sql("UPDATE request_outbox SET claimed_until = NULL WHERE request_id = :r").param("r", UUID.fromString(id))
			.update();

		var code = code(awaitMailsTo(email, 1).get(0));
		var verified = mvc.post().uri("/api/v1/privacy-requests/{id}/verification", id)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}").exchange();
		assertThat(verified).hasStatusOk();
		assertThat(mailsTo(email)).hasSize(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM request_outbox WHERE request_id = :r").param("r", UUID.fromString(id))
			.query(Long.class).single()).isZero();
	}

	private String customer(String name) {
		var email = unique(name);
		assertThat(admin.post("/api/v1/customers", """
				{"email":"%s","name":"Ada","source":"customer-form","purposes":["support"]}""".formatted(email))
			.exchange()).hasStatus(HttpStatus.CREATED);
		return email;
	}

	private static List<MimeMessage> awaitMailsTo(String address, int count) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> mailsTo(address).size() >= count);
		return mailsTo(address);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	private static void deliver(String raw) {
		greenMail.getUserManager().getUserByEmail(MAILBOX).deliver(GreenMailUtil.newMimeMessage(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
	}

	private MailboxPoller secondPoller() {
		return (MailboxPoller) beans.autowire(MailboxPoller.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, true);
	}

	private long requestCount() {
		return jdbc.sql("SELECT COUNT(*) FROM privacy_requests").query(Long.class).single();
	}

	private Map<String, Long> outcomeCounts() {
		var counts = new HashMap<String, Long>();
		jdbc.sql("SELECT outcome, COUNT(*) AS n FROM processed_messages GROUP BY outcome")
			.query(rs -> {
				counts.put(rs.getString("outcome"), rs.getLong("n"));
			});
		return counts;
	}

	private JsonNode detail(UUID id) throws Exception {
		var result = admin.get("/api/v1/requests/{id}", id).exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	private static JsonNode find(JsonNode queue, UUID id) {
		for (var entry : queue) {
			if (entry.get("id").asString().equals(id.toString())) {
				return entry;
			}
		}
		throw new AssertionError("request " + id + " not in the queue");
	}

	private static List<MimeMessage> mailsTo(String address) {
		return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
	}

	private static List<MimeMessage> mailsToAnyoneBut(String address) {
		return greenMail.findReceivedMessages(user -> !user.getEmail().equalsIgnoreCase(address), message -> true).toList();
	}

	private static String code(MimeMessage message) {
		var matcher = Pattern.compile("code: (\\d{6})").matcher(GreenMailUtil.getBody(message));
		assertThat(matcher.find()).as("a 6-digit code in the email").isTrue();
		return matcher.group(1);
	}

	/** The flags of every message in the privacy mailbox, read over IMAP as a mail client would. */
	private static List<Flags> flags() throws Exception {
		var session = GreenMailUtil.getSession(greenMail.getImap().getServerSetup());
		try (var store = session.getStore("imap")) {
			store.connect(MAILBOX, PASSWORD);
			var inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				var flags = new ArrayList<Flags>();
				for (var message : inbox.getMessages()) {
					flags.add(message.getFlags());
				}
				return flags;
			}
			finally {
				inbox.close(false);
			}
		}
	}

	private static void markAllUnseen() throws Exception {
		var session = GreenMailUtil.getSession(greenMail.getImap().getServerSetup());
		try (var store = session.getStore("imap")) {
			store.connect(MAILBOX, PASSWORD);
			var inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_WRITE);
			inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
			inbox.close(false);
		}
	}
}
