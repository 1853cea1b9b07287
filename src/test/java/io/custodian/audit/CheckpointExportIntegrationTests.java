package io.custodian.audit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Chain heads leave the database: every N entries into the checkpoint file and to the webhook, each with a MAC. */
@CustodianTest
@DirtiesContext
class CheckpointExportIntegrationTests {

	private static final List<String> received = new CopyOnWriteArrayList<>();

	private static final HttpServer webhook = startWebhook();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Value("${custodian.data-dir}")
	Path dataDir;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("custodian.audit.checkpoint-every", () -> 3);
		registry.add("custodian.audit.checkpoint-webhook",
				() -> "http://127.0.0.1:" + webhook.getAddress().getPort() + "/checkpoints");
	}

	@AfterAll
	static void stopWebhook() {
		webhook.stop(0);
	}

	@Test
	void writesEveryThirdHeadToTheFileAndTheWebhookWithAMac() throws IOException {
		var admin = Api.asAdmin(mvc);
		for (int i = 0; i < 4; i++) {
			admin.post("/api/v1/customers", """
					{"email":"checkpoint-%d@example.com","source":"staff","purposes":["support"]}""".formatted(i))
				.exchange();
		}
		var lines = Files.readAllLines(dataDir.resolve("audit-checkpoints.log"));
		var audit = lines.stream().map(line -> json.readTree(line)).filter(n -> n.get("chain").asString().equals("audit"))
			.toList();
		assertThat(audit).anySatisfy(n -> assertThat(n.get("seq").asLong()).isPositive().satisfies(
				seq -> assertThat(seq % 3).isZero()));
		assertThat(audit).allSatisfy(n -> assertThat(n.get("mac").asString()).matches("[0-9a-f]{64}"));
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"chain\":\"consent\""));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(received).anySatisfy(body -> assertThat(body).contains("\"chain\":\"audit\"")
				.doesNotContain("\"seq\":0,")));
		assertThat(admin.get("/api/v1/audit/verify").exchange()).bodyJson().extractingPath("$.checkedAgainst").asString()
			.startsWith("checkpoint file, seq ");
	}

	private static HttpServer startWebhook() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/checkpoints", exchange -> {
				received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
