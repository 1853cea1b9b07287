package io.custodian.news;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.Mailbox;
import io.custodian.TestDatabase;
import io.custodian.WithMailServer;
import io.custodian.customer.CustomerVault;
import io.custodian.news.internal.SubscriberImportJobs;
import io.custodian.security.FieldEncryption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Subscriber imports: a CSV is stored and answered at once, its lines then get the public double opt-in mail in the
 * background, exactly once each, even across a restart; bad lines are reported by number and reason.
 */
@CustodianTest
class SubscriberImportIntegrationTests extends WithMailServer {

	static final Pattern CONFIRM = Pattern.compile("/news/confirm/([A-Za-z0-9_-]{43})");

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CustomerVault vault;

	@Autowired
	SubscriberImportJobs jobs;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	TransactionTemplate transactions;

	String topic;

	@BeforeEach
	void topic() {
		topic = "imp-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(Api.asAdmin(mvc).post("/api/v1/news/topics", """
				{"key":"%s","name":"News %s","description":"About %s"}""".formatted(topic, topic, topic)))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void importsGoodRowsByDoubleOptInAndReportsBadLinesByNumber() throws Exception {
		var good = List.of(email("a"), email("b"), email("c"));
		var csv = "email,topics,language\n" + good.get(0) + "," + topic + ",en\n" + good.get(1) + "," + topic + ",de\n"
				+ good.get(2) + "," + topic + ",\nnot-an-email," + topic + ",en\n" + email("d") + ",no-such-topic,en\n";

		var uploaded = upload(csv, "people.csv");
		assertThat(uploaded).hasStatus(HttpStatus.ACCEPTED);
		var id = idOf(uploaded);
		assertThat(report(id)).contains("\"line\":4").contains("malformed email").contains("\"line\":5")
			.contains("unknown topic 'no-such-topic'");

		awaitDone(id);

		for (var email : good) {
			assertThat(MAIL.getReceivedMessagesForDomain(email)).hasSize(1);
			var customer = vault.idByEmail(email).orElseThrow();
			assertThat(subscriptionCount(customer)).isZero();
			var token = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Confirm your subscription"), CONFIRM);
			assertThat(mvc.post().uri("/news/confirm/{t}", token)).hasStatusOk();
			assertThat(subscriptionCount(customer)).isEqualTo(1);
		}
		assertThat(Api.asAdmin(mvc).get("/api/v1/news/imports/{id}", id)).bodyJson().extractingPath("$.done")
			.isEqualTo(3);
		assertThat(Api.asAdmin(mvc).get("/api/v1/news/imports")).bodyText().contains(id.toString());
	}

	@Test
	void anAlreadyConfirmedSubscriberIsNotMailedAgain() throws Exception {
		var email = email("known");
		assertThat(mvc.post().uri("/api/v1/news/subscriptions").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"%s","topics":["%s"]}""".formatted(email, topic))).hasStatus(HttpStatus.ACCEPTED);
		var token = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Confirm your subscription"), CONFIRM);
		assertThat(mvc.post().uri("/news/confirm/{t}", token)).hasStatusOk();

		var id = idOf(upload("email,topics\n" + email + "," + topic + "\n", "known.csv"));
		awaitDone(id);

		assertThat(MAIL.getReceivedMessagesForDomain(email)).hasSize(1);
		assertThat(report(id)).contains("already a confirmed subscriber");
	}

	@Test
	void afterARestartARowCutOffDuringTheMailIsMarkedUnknownAndNeverMailedWhileQueuedRowsGoOn() throws Exception {
		var cutOff = email("cut-off");
		var waiting = email("waiting");
		var id = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("""
					INSERT INTO news_imports (id, file_name, created_by, created_at, status)
					VALUES (:id, 'restart.csv', 'admin', CURRENT_TIMESTAMP, 'running')""").param("id", id).update();
			insertRow(id, 2, cutOff, "sending");
			insertRow(id, 3, waiting, "queued");
		});

		awaitDone(id);

		assertThat(MAIL.getReceivedMessagesForDomain(cutOff)).isEmpty();
		assertThat(MAIL.getReceivedMessagesForDomain(waiting)).hasSize(1);
		assertThat(report(id)).contains("\"line\":2,\"status\":\"unknown\"").contains("not mailed again")
			.contains("\"line\":3,\"status\":\"done\"");
	}

	private void insertRow(UUID id, int line, String email, String status) {
		var ad = ("news_import_rows:" + id + ":" + line).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		jdbc.sql("""
				INSERT INTO news_import_rows (import_id, line, email, topics, status, updated_at)
				VALUES (:id, :n, :e, :t, :s, CURRENT_TIMESTAMP)""").param("id", id).param("n", line)
			.param("e", encryption.encrypt(email, ad)).param("t", topic).param("s", status).update();
	}

	@Test
	void aFileWithoutAValidRowIsRefusedNamingTheFile() {
		assertThat(upload("email,topics\nnobody," + topic + "\n", "empty.csv")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText().contains("empty.csv").contains("file");
		assertThat(upload("name,city\nx,y\n", "wrong.csv")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("header");
	}

	@Test
	void theConsoleImportsAPastedFileAndShowsItsReport() throws Exception {
		var email = email("console");
		var posted = mvc.post().uri("/news/imports").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD)).with(csrf())
			.param("name", "console.csv").param("csv", "email,topics\n" + email + "," + topic + "\nbroken," + topic + "\n")
			.exchange();
		assertThat(posted).hasStatus(HttpStatus.FOUND);
		var location = posted.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(location).with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD))).hasStatusOk()
			.bodyText().contains("console.csv").contains("malformed email address");
		assertThat(mvc.get().uri("/news/imports").with(httpBasic("admin", TestDatabase.ADMIN_PASSWORD))).hasStatusOk()
			.bodyText().contains("console.csv");
	}

	@Test
	void onlyStaffWhoMaySendNewsImport() {
		var analyst = Api.asAdmin(mvc).createStaff("import-analyst", "analyst");
		assertThat(analyst.post("/api/v1/news/imports", "email\n" + email("x") + "\n").contentType(CSV))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(analyst.get("/api/v1/news/imports")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult upload(String csv, String name) {
		return Api.asAdmin(mvc).post("/api/v1/news/imports?name={n}", csv, name).contentType(CSV).exchange();
	}

	private UUID idOf(MvcTestResult result) throws Exception {
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	private String report(UUID id) throws Exception {
		return Api.asAdmin(mvc).get("/api/v1/news/imports/{id}/rows", id).exchange().getResponse().getContentAsString();
	}

	private void awaitDone(UUID id) throws InterruptedException {
		for (int i = 0; i < 100 && !"done".equals(importStatus(id)); i++) {
			jobs.run();
			Thread.sleep(50);
		}
		assertThat(importStatus(id)).isEqualTo("done");
	}

	private String importStatus(UUID id) {
		return jdbc.sql("SELECT status FROM news_imports WHERE id = :id").param("id", id).query(String.class).single();
	}

	private long subscriptionCount(UUID customer) {
		return jdbc.sql("SELECT COUNT(*) FROM news_subscriptions WHERE customer_id = :c AND status = 'confirmed'")
			.param("c", customer).query(Long.class).single();
	}

	private static String email(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}
}
