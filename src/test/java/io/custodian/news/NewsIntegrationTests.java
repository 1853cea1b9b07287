package io.custodian.news;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.Mailbox;
import io.custodian.WithMailServer;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product news end to end over real SMTP: double opt-in by the mailed link, a campaign that reaches exactly the
 * confirmed, consented, non-suspended subscribers of its topic, and one-click unsubscribe by the mail's header link.
 */
@CustodianTest
class NewsIntegrationTests extends WithMailServer {

	static final Pattern CONFIRM = Pattern.compile("/news/confirm/([A-Za-z0-9_-]{43})");

	static final Pattern UNSUBSCRIBE = Pattern.compile("<https?://[^>]*/news/unsubscribe/([A-Za-z0-9_-]{43})>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CustomerVault vault;

	@Autowired
	List<PersonalDataStore> stores;

	@Autowired
	TransactionTemplate transactions;

	String topic;

	String otherTopic;

	@BeforeEach
	void topics() {
		topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
		otherTopic = topic + "-other";
		for (var key : List.of(topic, otherTopic)) {
			assertThat(Api.asAdmin(mvc).post("/api/v1/news/topics", """
					{"key":"%s","name":"News %s","description":"About %s"}""".formatted(key, key, key)))
				.hasStatus(HttpStatus.CREATED);
		}
	}

	@Test
	void subscribingIsConfirmedByTheMailedLinkAndRecordsTheConsent() throws Exception {
		var email = email("ada");
		assertThat(subscribe(email, topic)).hasStatus(HttpStatus.ACCEPTED).bodyJson()
			.extractingPath("$.status").isEqualTo("confirmation-mailed");
		var customer = vault.idByEmail(email).orElseThrow();
		assertThat(vault.summary(customer).consentedPurposes()).doesNotContain("product-news");
		var token = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Confirm your subscription"), CONFIRM);

		assertThat(mvc.get().uri("/news/confirm/{t}", token)).hasStatusOk().bodyText().contains("Confirm my subscription");
		assertThat(subscriptionStatus(customer, topic)).isNull();
		assertThat(mvc.post().uri("/news/confirm/{t}", token)).hasStatusOk().bodyText().contains("Subscription confirmed");

		assertThat(subscriptionStatus(customer, topic)).isEqualTo("confirmed");
		assertThat(vault.summary(customer).consentedPurposes()).contains("product-news");
		assertThat(mvc.post().uri("/news/confirm/{t}", token)).hasStatus(HttpStatus.GONE);
	}

	@Test
	void knownAndUnknownAddressesGetTheSameAnswer() {
		var known = email("known");
		assertThat(subscribe(known, topic)).hasStatus(HttpStatus.ACCEPTED);
		var again = subscribe(known, topic);
		var unknown = subscribe(email("unknown"), topic);
		assertThat(again).hasStatus(HttpStatus.ACCEPTED);
		assertThat(unknown).hasStatus(HttpStatus.ACCEPTED);
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(unknown.getResponse().getContentAsByteArray());
	}

	@Test
	void badSubscriptionsAreRefusedNamingTheField() {
		assertThat(subscribe(email("x"), "no-such-topic")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("topics");
		assertThat(subscribe("not-an-email", topic)).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("email");
	}

	@Test
	void aCampaignReachesExactlyTheConfirmedConsentedNonSuspendedSubscribersOfItsTopic() throws Exception {
		var confirmed = subscribed(email("confirmed"), topic);
		var unconfirmedEmail = email("unconfirmed");
		subscribe(unconfirmedEmail, topic);
		var suspendedEmail = email("suspended");
		var suspended = subscribed(suspendedEmail, topic);
		stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow()
			.restrict(DataSubject.customer(suspended));
		var withdrawnEmail = email("withdrawn");
		var withdrawn = subscribed(withdrawnEmail, topic);
		vault.update(withdrawn, new CustomerPatch(null, null, null, null, null, null, List.of()));
		var otherEmail = email("other");
		subscribed(otherEmail, otherTopic);

		var subject = "Launch " + UUID.randomUUID();
		var campaign = sendCampaign(subject);

		assertThat(recipientsOf(subject)).containsExactly(emailOf(confirmed));
		var recipients = jdbc.sql("SELECT customer_id, status FROM news_deliveries WHERE campaign_id = :c")
			.param("c", campaign).query((rs, n) -> rs.getObject(1, UUID.class) + "=" + rs.getString(2)).set();
		assertThat(recipients).containsExactlyInAnyOrder(confirmed + "=sent", suspended + "=skipped", withdrawn + "=skipped");
		assertThat(Api.asAdmin(mvc).get("/api/v1/news/campaigns/{id}/recipients", campaign)).hasStatusOk().bodyText()
			.contains("processing suspended", "no product-news consent");
		assertThat(mvc.get().uri("/news/campaigns/{id}", campaign).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").authorities(
						new org.springframework.security.core.authority.SimpleGrantedAuthority("SCOPE_news:send"))))
			.hasStatusOk().bodyText().contains(subject, "done");
	}

	@Test
	void everyNewsMailCarriesOneClickUnsubscribeWhichTakesOnePostAndCannotBeReused() throws Exception {
		var customer = subscribed(email("leaving"), topic);
		var subject = "Update " + UUID.randomUUID();
		sendCampaign(subject);
		var message = messagesAbout(subject).getFirst();
		assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		var token = Mailbox.find(message.getHeader("List-Unsubscribe")[0], UNSUBSCRIBE);

		assertThat(mvc.post().uri("/news/unsubscribe/{t}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).hasStatusOk();

		assertThat(subscriptionStatus(customer, topic)).isEqualTo("unsubscribed");
		assertThat(vault.summary(customer).consentedPurposes()).doesNotContain("product-news");
		assertThat(mvc.post().uri("/news/unsubscribe/{t}", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).hasStatus(HttpStatus.GONE);
	}

	@Test
	void aForgedUnsubscribeTokenIsNotFoundAndChangesNothing() throws Exception {
		var customer = subscribed(email("staying"), topic);
		var forged = "A".repeat(43);

		assertThat(mvc.post().uri("/news/unsubscribe/{t}", forged).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/news/unsubscribe/{t}", "short")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(subscriptionStatus(customer, topic)).isEqualTo("confirmed");
		assertThat(vault.summary(customer).consentedPurposes()).contains("product-news");
	}

	@Test
	void onlyStaffWhoMaySendNewsStartCampaigns() {
		var analyst = Api.asAdmin(mvc).createStaff("news-analyst", "analyst");
		assertThat(analyst.post("/api/v1/news/campaigns", """
				{"subject":"x","text":"y","topic":"%s"}""".formatted(topic))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(Api.asAdmin(mvc).post("/api/v1/news/campaigns", """
				{"subject":"","text":"y","topic":"%s"}""".formatted(topic))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText().contains("subject");
	}

	@Test
	void afterARestartARecipientCutOffDuringTheSmtpCallIsMarkedUnknownAndNeverMailedAgain() throws Exception {
		var cutOff = subscribed(email("cut-off"), topic);
		var waiting = subscribed(email("waiting"), topic);
		var subject = "Resumed " + UUID.randomUUID();
		var campaign = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			insertCampaign(campaign, subject, "admin");
			insertDelivery(campaign, cutOff, "sending");
			insertDelivery(campaign, waiting, "queued");
		});

		awaitDone(campaign);

		assertThat(recipientsOf(subject)).containsExactly(emailOf(waiting));
		assertThat(deliveryStatus(campaign, cutOff)).isEqualTo("unknown");
		assertThat(deliveryStatus(campaign, waiting)).isEqualTo("sent");
	}

	@Test
	void aCampaignStopsWhenTheStaffMemberWhoStartedItMayNoLongerSendNews() throws Exception {
		Api.asAdmin(mvc).createStaff("news-demoted", "analyst");
		var subscriber = subscribed(email("unreached"), topic);
		var subject = "Stopped " + UUID.randomUUID();
		var campaign = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			insertCampaign(campaign, subject, "news-demoted");
			insertDelivery(campaign, subscriber, "queued");
		});

		for (int i = 0; i < 150 && "sending".equals(campaignStatus(campaign)); i++) {
			Thread.sleep(200);
		}

		assertThat(campaignStatus(campaign)).isEqualTo("stopped");
		assertThat(deliveryStatus(campaign, subscriber)).isEqualTo("queued");
		assertThat(recipientsOf(subject)).isEmpty();
	}

	@Test
	void theNewsStoreExportsAndErasesASubscribersSubscriptionsAndMails() throws Exception {
		var customer = subscribed(email("erased"), topic);
		sendCampaign("Erased " + UUID.randomUUID());
		var store = stores.stream().filter(s -> s.describe().store().equals("news")).findFirst().orElseThrow();

		var export = store.export(DataSubject.customer(customer));
		assertThat(export).containsKeys("newsSubscriptions", "newsConfirmations", "newsMails");
		assertThat(export.get("newsSubscriptions").toString()).contains(topic, "confirmed");

		assertThat(store.erase(DataSubject.customer(customer)).rowsRemoved()).isEqualTo(3);
		assertThat(store.export(DataSubject.customer(customer))).isEmpty();
	}

	@Test
	void thePublicPageOffersTheTopicsAndItsFormSubscribesWithoutALogin() throws Exception {
		assertThat(mvc.get().uri("/news?lang=en")).hasStatusOk().bodyText().contains("Product news", "News " + topic);
		assertThat(mvc.post().uri("/news?lang=en").param("email", "nope").param("topics", topic))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("enter a valid email address");

		var email = email("form");
		assertThat(mvc.post().uri("/news?lang=en").param("email", email).param("topics", topic)).hasStatusOk()
			.bodyText().contains("Check your inbox");
		assertThat(Mailbox.bodyOf(MAIL, email, "Confirm your subscription")).contains("/news/confirm/");
	}

	private void insertCampaign(UUID id, String subject, String by) {
		jdbc.sql("""
				INSERT INTO news_campaigns (id, subject, body, topic_id, created_by, status, created_at)
				SELECT :id, :s, 'Text', id, :by, 'sending', CURRENT_TIMESTAMP FROM news_topics WHERE topic_key = :k""")
			.param("id", id).param("s", subject).param("by", by).param("k", topic).update();
	}

	private void insertDelivery(UUID campaign, UUID customer, String status) {
		jdbc.sql("""
				INSERT INTO news_deliveries (campaign_id, customer_id, status, updated_at)
				VALUES (:c, :cu, :s, CURRENT_TIMESTAMP)""").param("c", campaign).param("cu", customer).param("s", status)
			.update();
	}

	private String deliveryStatus(UUID campaign, UUID customer) {
		return jdbc.sql("SELECT status FROM news_deliveries WHERE campaign_id = :c AND customer_id = :cu")
			.param("c", campaign).param("cu", customer).query(String.class).single();
	}

	private void awaitDone(UUID id) throws InterruptedException {
		for (int i = 0; i < 150 && !"done".equals(campaignStatus(id)); i++) {
			Thread.sleep(200);
		}
		assertThat(campaignStatus(id)).isEqualTo("done");
	}

	private UUID subscribed(String email, String topicKey) throws Exception {
		subscribe(email, topicKey);
		var token = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Confirm your subscription"), CONFIRM);
		assertThat(mvc.post().uri("/news/confirm/{t}", token)).hasStatusOk();
		return vault.idByEmail(email).orElseThrow();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult subscribe(String email, String topicKey) {
		return mvc.post().uri("/api/v1/news/subscriptions").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"%s","topics":["%s"]}""".formatted(email, topicKey)).exchange();
	}

	private UUID sendCampaign(String subject) throws Exception {
		var started = Api.asAdmin(mvc).post("/api/v1/news/campaigns", """
				{"subject":"%s","text":"Our new product is here.","topic":"%s"}""".formatted(subject, topic)).exchange();
		assertThat(started).hasStatus(HttpStatus.ACCEPTED);
		var id = UUID.fromString(json.readTree(started.getResponse().getContentAsByteArray()).get("id").asString());
		awaitDone(id);
		return id;
	}

	private String campaignStatus(UUID id) {
		return jdbc.sql("SELECT status FROM news_campaigns WHERE id = :id").param("id", id).query(String.class).single();
	}

	private String subscriptionStatus(UUID customer, String topicKey) {
		return jdbc.sql("""
				SELECT s.status FROM news_subscriptions s JOIN news_topics t ON t.id = s.topic_id
				WHERE s.customer_id = :c AND t.topic_key = :k""").param("c", customer).param("k", topicKey)
			.query(String.class).optional().orElse(null);
	}

	private List<MimeMessage> messagesAbout(String subject) throws Exception {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return subject.equals(m.getSubject());
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private Set<String> recipientsOf(String subject) throws Exception {
		var to = new java.util.TreeSet<String>();
		for (var message : messagesAbout(subject)) {
			Arrays.stream(message.getRecipients(Message.RecipientType.TO)).forEach(a -> to.add(a.toString()));
		}
		return to;
	}

	private String emailOf(UUID customer) {
		return vault.emailOnFile(customer, "test");
	}

	private static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}
}
