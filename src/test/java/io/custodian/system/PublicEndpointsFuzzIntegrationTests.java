package io.custodian.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import io.custodian.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever anyone sends to an endpoint that needs no sign-in (any content type, any body, odd queries and
 * headers), the running server answers below 500, and where the endpoint speaks JSON its errors are RFC 9457 problems,
 * a 400 naming the field. The inputs come from a seeded generator ({@code -Dcustodian.fuzz.seed=…} replays a run,
 * {@code -Dcustodian.fuzz.rounds=…} sends more per endpoint and content type); a failure prints the seed and each case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "custodian.collect.rate-limit-per-second=0", "logging.level.root=error" })
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicEndpointsFuzzIntegrationTests {

	private static final long SEED = Long.getLong("custodian.fuzz.seed", 13L);

	private static final int ROUNDS = Integer.getInteger("custodian.fuzz.rounds", 4);

	private static final List<String> WRONG_METHODS = List.of("DELETE", "PATCH", "PUT");

	@Value("${local.server.port}")
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	final JsonMapper json = JsonMapper.builder().build();

	Map<String, String> fixtures;

	@BeforeAll
	void createWhatTheEndpointsReferTo() throws Exception {
		fixtures = new PublicFixtures(this::send).create();
	}

	@Test
	void answersEveryPublicEndpointBelow500WithProblemsForJsonErrors() throws Exception {
		var inputs = new FuzzInputs(SEED);
		var cases = new ArrayList<FuzzCase>();
		for (var endpoint : PublicEndpointCatalog.all()) {
			for (var contentType : FuzzInputs.CONTENT_TYPES) {
				for (int round = 0; round < ROUNDS; round++) {
					cases.add(build(inputs, endpoint, endpoint.method(), contentType));
				}
			}
			var wrongMethod = WRONG_METHODS.get(cases.size() % WRONG_METHODS.size());
			cases.add(build(inputs, endpoint, wrongMethod, "application/json"));
		}
		var failures = new Failures();
		try (var senders = Executors.newFixedThreadPool(4)) {
			cases.forEach(fuzzCase -> senders.execute(() -> check(fuzzCase, failures)));
		}
		int sent = cases.size();
		assertThat(failures.count()).as("%d of %d requests failed with seed %d (replay: -Dcustodian.fuzz.seed=%d):%n%s",
				failures.count(), sent, SEED, SEED, failures.summary()).isZero();
	}

	private FuzzCase build(FuzzInputs inputs, PublicEndpoint endpoint, String method, String contentType) {
		var target = fill(endpoint.path(), inputs);
		var body = inputs.body(endpoint, contentType);
		if ("GET".equals(method) && endpoint.form() != null) {
			target += (target.contains("?") ? "&" : "?") + resolve(FuzzInputs.queryOf(inputs.formFor(endpoint)));
		}
		var query = inputs.query();
		if (!query.isEmpty()) {
			target += (target.contains("?") ? "&" : "?") + query;
		}
		var headers = inputs.headers();
		if (body.contentType() != null) {
			headers.put("Content-Type", body.contentType());
		}
		return new FuzzCase(endpoint, method, target, headers, resolve(body.text()).getBytes(StandardCharsets.UTF_8),
				contentType);
	}

	/** Puts the fixtures into a body or query: {@code {site}}, also URL-encoded as {@code %7Bsite%7D}. */
	private String resolve(String text) {
		var resolved = text;
		for (var fixture : fixtures.entrySet()) {
			resolved = resolved.replace("{" + fixture.getKey() + "}", fixture.getValue())
				.replace("%7B" + fixture.getKey() + "%7D", fixture.getValue());
		}
		return resolved;
	}

	private String fill(String path, FuzzInputs inputs) {
		var filled = path;
		for (var fixture : fixtures.entrySet()) {
			var placeholder = "{" + fixture.getKey() + "}";
			if (filled.contains(placeholder)) {
				filled = filled.replace(placeholder, inputs == null ? fixture.getValue() : inputs.pathValue(fixture.getValue()));
			}
		}
		return filled;
	}

	private void check(FuzzCase fuzzCase, Failures failures) {
		HttpResponse<String> response;
		try {
			response = sendAgainIfTheConnectionWasClosed(fuzzCase);
		}
		catch (Exception e) {
			failures.add("no answer (" + e.getClass().getSimpleName() + ")", fuzzCase, null);
			return;
		}
		var problem = problemIn(fuzzCase, response);
		if (problem != null) {
			failures.add(response.statusCode() + " " + problem, fuzzCase, response.body());
		}
	}

	/** What is wrong with the answer, or null. */
	private String problemIn(FuzzCase fuzzCase, HttpResponse<String> response) {
		int status = response.statusCode();
		if (status >= 500) {
			return "server error";
		}
		if (status < 400 || !fuzzCase.expectsJsonAnswer()) {
			return null;
		}
		var type = response.headers().firstValue("Content-Type").orElse("");
		if (isMatomoBulkAnswer(fuzzCase, type) && namesAField(response.body())) {
			return null;
		}
		if (!type.startsWith("application/problem+json")) {
			return "error without a problem body (" + type + ")";
		}
		if (status == 400 && !namesAField(response.body())) {
			return "400 problem naming no field";
		}
		return null;
	}

	/** Matomo's tracker expects its own JSON for a refused bulk request: {"status":"error",…} (docs/compat.md §1.4). */
	private static boolean isMatomoBulkAnswer(FuzzCase fuzzCase, String type) {
		return fuzzCase.endpoint().path().endsWith(".php") && type.startsWith("application/json");
	}

	private boolean namesAField(String body) {
		try {
			JsonNode errors = json.readTree(body).get("errors");
			return errors != null && errors.isArray() && !errors.isEmpty()
					&& errors.valueStream().allMatch(e -> e.hasNonNull("field") && !e.get("field").asString().isBlank());
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	/** Tomcat closes a connection after refusing a request; a concurrent request on it is sent again, once. */
	private HttpResponse<String> sendAgainIfTheConnectionWasClosed(FuzzCase fuzzCase) throws Exception {
		try {
			return send(fuzzCase);
		}
		catch (java.io.IOException e) {
			return send(fuzzCase);
		}
	}

	HttpResponse<String> send(FuzzCase fuzzCase) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + fuzzCase.target()))
			.timeout(Duration.ofSeconds(60))
			.method(fuzzCase.method(), fuzzCase.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(fuzzCase.body()));
		fuzzCase.headers().forEach(builder::header);
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(String method, String path, String json, boolean asAdmin) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (asAdmin) {
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}
}
