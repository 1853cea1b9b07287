package io.custodian.news;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.Mailbox;
import io.custodian.WithMailServer;
import io.custodian.customer.CustomerVault;
import io.custodian.news.internal.BouncePoller;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounces over real SMTP and IMAP: campaign mails carry a delivery token, a delivery status notification quoting it
 * in the bounce mailbox marks a hard-bounced address so the next campaign skips it, while a soft bounce only counts.
 */
@CustodianTest
class NewsBouncesIntegrationTests extends WithMailServer {

	static final Pattern CONFIRM = Pattern.compile("/news/confirm/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CustomerVault vault;

	@Autowired
	BouncePoller poller;

	@Autowired
	List<PersonalDataStore> stores;

	String topic;

	@BeforeEach
	void topic() {
		topic = "b-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(Api.asAdmin(mvc).post("/api/v1/news/topics", """
				{"key":"%s","name":"Bounces %s","description":"About %s"}""".formatted(topic, topic, topic)))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void aHardBounceMarksTheAddressAndTheNextCampaignDoesNotMailIt() throws Exception {
		var bouncingEmail = email("gone");
		var bouncing = subscribed(bouncingEmail);
		var stayingEmail = email("here");
		subscribed(stayingEmail);
		var first = sendCampaign("First " + UUID.randomUUID());

		bounce(bouncingEmail, first.subject(), "failed", "5.1.1");
		var polled = poller.pollOnce();

		assertThat(polled.hard()).isOne();
		assertThat(deliveryStatus(first.id(), bouncing)).isEqualTo("bounced");
		assertThat(subscriptionStatus(bouncing)).isEqualTo("bounced");
		var second = sendCampaign("Second " + UUID.randomUUID());
		assertThat(recipientsOf(second.subject())).containsExactly(stayingEmail);
		assertThat(Api.asAdmin(mvc).get("/api/v1/news/campaigns/{id}", first.id())).hasStatusOk().bodyJson()
			.extractingPath("$.recipients.bounced").isEqualTo(1);
		var export = stores.stream().filter(s -> s.describe().store().equals("news")).findFirst().orElseThrow()
			.export(DataSubject.customer(bouncing));
		assertThat(export.get("newsBounces").toString()).contains("hard", "5.1.1", first.subject());
		assertThat(export.get("newsSubscriptions").toString()).contains("bounced");
	}

	@Test
	void aSoftBounceIsCountedAndTheAddressIsStillMailedUntilTheThird() throws Exception {
		var email = email("full");
		var customer = subscribed(email);
		var first = sendCampaign("Soft " + UUID.randomUUID());

		bounce(email, first.subject(), "delayed", "4.2.2");
		assertThat(poller.pollOnce().soft()).isOne();

		assertThat(subscriptionStatus(customer)).isEqualTo("confirmed");
		assertThat(deliveryStatus(first.id(), customer)).isEqualTo("sent");
		var second = sendCampaign("Still " + UUID.randomUUID());
		assertThat(recipientsOf(second.subject())).containsExactly(email);

		bounce(email, second.subject(), "failed", "4.2.2");
		poller.pollOnce();
		var third = sendCampaign("Third " + UUID.randomUUID());
		bounce(email, third.subject(), "failed", "4.2.2");
		poller.pollOnce();
		assertThat(subscriptionStatus(customer)).isEqualTo("bounced");
		assertThat(deliveryStatus(third.id(), customer)).isEqualTo("bounced");
	}

	@Test
	void mailThatIsNoDeliveryStatusNotificationIsIgnoredAndCounted() throws Exception {
		var email = email("kept");
		var customer = subscribed(email);
		deliver("""
				From: someone@example.org
				To: %s
				Subject: Out of office
				Content-Type: text/plain

				I am away until Monday. Final-Recipient: rfc822; %s  Action: failed  Status: 5.1.1
				""".formatted(BOUNCE_MAILBOX, email));

		var polled = poller.pollOnce();

		assertThat(polled.ignored()).isOne();
		assertThat(polled.hard()).isZero();
		assertThat(subscriptionStatus(customer)).isEqualTo("confirmed");
	}

	/** Puts an RFC 3464 report about the campaign mail to this address into the bounce mailbox. */
	private void bounce(String email, String subject, String action, String status) throws Exception {
		var original = messagesAbout(subject).stream().filter(m -> to(m).contains(email)).findFirst().orElseThrow();
		var token = original.getHeader("X-Custodian-Delivery")[0];
		deliver("""
				From: MAILER-DAEMON@mx.example.org
				To: %1$s
				Subject: Undelivered Mail Returned to Sender
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

				--b1
				Content-Type: text/plain

				Your message could not be delivered.

				--b1
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.example.org

				Final-Recipient: rfc822; %2$s
				Action: %3$s
				Status: %4$s
				Diagnostic-Code: smtp; 550 no such user

				--b1
				Content-Type: text/rfc822-headers

				To: %2$s
				Subject: %5$s
				X-Custodian-Delivery: %6$s

				--b1--
				""".formatted(BOUNCE_MAILBOX, email, action, status, subject, token));
	}

	private static void deliver(String raw) throws Exception {
		var message = GreenMailUtil.newMimeMessage(raw.replace("\n", "\r\n"));
		MAIL.getUserManager().getUserByEmail(BOUNCE_MAILBOX).deliver(message);
	}

	private UUID subscribed(String email) throws Exception {
		mvc.post().uri("/api/v1/news/subscriptions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"topics\":[\"%s\"]}".formatted(email, topic)).exchange();
		var token = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Confirm your subscription"), CONFIRM);
		assertThat(mvc.post().uri("/news/confirm/{t}", token)).hasStatusOk();
		return vault.idByEmail(email).orElseThrow();
	}

	private Sent sendCampaign(String subject) throws Exception {
		var started = Api.asAdmin(mvc).post("/api/v1/news/campaigns", """
				{"subject":"%s","text":"News.","topic":"%s"}""".formatted(subject, topic)).exchange();
		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		var id = UUID.fromString(json.readTree(started.getResponse().getContentAsByteArray()).get("id").asString());
		for (int i = 0; i < 150 && !"done".equals(campaignStatus(id)); i++) {
			Thread.sleep(200);
		}
		assertThat(campaignStatus(id)).isEqualTo("done");
		return new Sent(id, subject);
	}

	private String campaignStatus(UUID id) {
		return jdbc.sql("SELECT status FROM news_campaigns WHERE id = :id").param("id", id).query(String.class).single();
	}

	private String deliveryStatus(UUID campaign, UUID customer) {
		return jdbc.sql("SELECT status FROM news_deliveries WHERE campaign_id = :c AND customer_id = :cu")
			.param("c", campaign).param("cu", customer).query(String.class).single();
	}

	private String subscriptionStatus(UUID customer) {
		return jdbc.sql("""
				SELECT s.status FROM news_subscriptions s JOIN news_topics t ON t.id = s.topic_id
				WHERE s.customer_id = :c AND t.topic_key = :k""").param("c", customer).param("k", topic)
			.query(String.class).single();
	}

	private List<MimeMessage> messagesAbout(String subject) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return subject.equals(m.getSubject());
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private List<String> recipientsOf(String subject) {
		return messagesAbout(subject).stream().flatMap(m -> to(m).stream()).sorted().toList();
	}

	private static List<String> to(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	private record Sent(UUID id, String subject) {
	}
}
