package io.custodian.system;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.custodian.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public endpoint, sent a fixed set of malformed bodies of every content type (JSON of the wrong shape or cut
 * short, invalid UTF-8, deep nesting, broken and oversized forms, duplicated parameters, multipart without or with a
 * wrong boundary or cut short, text, octet-stream, XML with an external entity, no content type) and malformed queries:
 * each answer is below 500, a JSON endpoint's refusal is an RFC 9457 problem (or Matomo's own bulk answer), and
 * nothing is logged at ERROR level while they are answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "custodian.collect.rate-limit-per-second=0")
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicEndpointsMalformedBodiesIntegrationTests {

	private static final String BOUNDARY = "----MalformedBoundary42";

	@Value("${local.server.port}")
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	final ListAppender<ILoggingEvent> log = new ListAppender<>();

	Map<String, String> fixtures;

	@BeforeAll
	void createFixturesAndListenToTheLog() throws Exception {
		fixtures = new PublicFixtures(this::send).create();
		log.start();
		root().addAppender(log);
	}

	@AfterAll
	void stopListening() {
		root().detachAppender(log);
	}

	@Test
	void answersEveryMalformedBodyBelow500WithAProblemAndLogsNoError() throws Exception {
		var failures = new ArrayList<String>();
		int sent = 0;
		for (var endpoint : PublicEndpointCatalog.all()) {
			var path = fill(endpoint.path());
			for (var body : bodies()) {
				var method = "GET".equals(endpoint.method()) ? "POST" : endpoint.method();
				check(endpoint, method, path, body, failures);
				sent++;
			}
			for (var query : queries()) {
				check(endpoint, endpoint.method(), path + (path.contains("?") ? "&" : "?") + query, Body.NONE, failures);
				sent++;
			}
		}
		var errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
			.map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
					+ (e.getThrowableProxy() == null ? "" : " (" + e.getThrowableProxy().getClassName() + ")"))
			.toList();
		assertThat(failures).as("%d of %d requests answered wrongly; logged at ERROR meanwhile: %s", failures.size(),
				sent, errors).isEmpty();
		assertThat(errors).as("logged at ERROR while answering malformed requests").isEmpty();
		assertThat(log.list).as("the log was listened to: refusals are logged below ERROR").isNotEmpty();
	}

	private void check(PublicEndpoint endpoint, String method, String target, Body body, List<String> failures) {
		HttpResponse<String> response;
		try {
			response = send(method, target, body);
		}
		catch (Exception e) {
			failures.add(describe(endpoint, method, body) + ": no answer (" + e.getClass().getSimpleName() + ")");
			return;
		}
		int status = response.statusCode();
		var type = response.headers().firstValue("Content-Type").orElse("");
		if (status >= 500) {
			failures.add(describe(endpoint, method, body) + ": " + status + " " + abbreviate(response.body()));
		}
		else if (status >= 400 && endpoint.answersJson() && !type.startsWith("application/problem+json")
				&& !(endpoint.path().endsWith(".php") && type.startsWith("application/json"))) {
			failures.add(describe(endpoint, method, body) + ": " + status + " without a problem (" + type + ")");
		}
	}

	/** The malformed bodies, each with the content type it claims. */
	static List<Body> bodies() {
		var random = new Random(7);
		var binary = new byte[512];
		random.nextBytes(binary);
		var form = "idsite=1&rec=1&url=https%3A%2F%2Fshop.example%2F";
		var part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue\r\n--" + BOUNDARY + "--\r\n";
		return List.of(new Body("json cut short", "application/json", "{\"site\":\"x\",\"type\":"),
				new Body("json array", "application/json", "[1,2,3]"),
				new Body("json string", "application/json", "\"pageview\""),
				new Body("json null", "application/json", "null"),
				new Body("json wrong types", "application/json",
						"{\"site\":[],\"type\":{},\"url\":1,\"n\":[],\"u\":{},\"payload\":7,\"requests\":{},\"email\":[]}"),
				new Body("json invalid utf-8", "application/json", bytes("{\"n\":\"", new byte[] { (byte) 0xff, (byte) 0xfe }, "\"}")),
				new Body("json deep", "application/json", "[".repeat(5000)),
				new Body("json duplicated keys", "application/json", "{\"site\":\"a\",\"site\":\"b\",\"n\":1,\"n\":2}"),
				new Body("json huge number", "application/json", "{\"n\":1e999999999,\"engagedMs\":99999999999999999999}"),
				new Body("json unknown charset", "application/json; charset=x-no-such", "{}"),
				new Body("form broken escapes", "application/x-www-form-urlencoded", "a=%zz&%&==&b=%"),
				new Body("form invalid utf-8", "application/x-www-form-urlencoded", "a=%ff%fe%fd&" + form),
				new Body("form duplicated", "application/x-www-form-urlencoded", form + "&idsite=abc&rec=0&url=x&url=y"),
				new Body("form many parameters", "application/x-www-form-urlencoded", "p=1&".repeat(20_000)),
				new Body("form unknown charset", "application/x-www-form-urlencoded; charset=x-no-such", form),
				new Body("multipart without boundary", "multipart/form-data", part),
				new Body("multipart empty boundary", "multipart/form-data; boundary=", part),
				new Body("multipart wrong boundary", "multipart/form-data; boundary=other", part),
				new Body("multipart cut short", "multipart/form-data; boundary=" + BOUNDARY, part.substring(0, 40)),
				new Body("multipart empty", "multipart/form-data; boundary=" + BOUNDARY, ""),
				new Body("multipart broken header", "multipart/form-data; boundary=" + BOUNDARY,
						"--" + BOUNDARY + "\r\nContent-Disposition: ;;;\"\r\n\r\nv\r\n--" + BOUNDARY + "--\r\n"),
				new Body("text garbage", "text/plain", binary),
				new Body("octet-stream", "application/octet-stream", binary),
				new Body("xml external entity", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
						+ "\"file:///etc/passwd\">]><x>&e;</x>"),
				new Body("no content type", null, "{\"requests\":[\"?idsite=1&rec=1\"]"),
				new Body("garbage content type", "not/a;;type=", "{}"));
	}

	/** Malformed queries: broken escapes, invalid UTF-8, duplicated and many parameters. */
	static List<String> queries() {
		return List.of("a=%zz&%", "idsite=%ff%fe&rec=1", "idsite=1&idsite=abc&rec=1&rec=x&url=a&url=b",
				"p=1&".repeat(400) + "q=2");
	}

	private HttpResponse<String> send(String method, String target, Body body) throws Exception {
		if (!isUri(target)) {
			return RawHttp.send(port, method, target);
		}
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
			.timeout(Duration.ofSeconds(60))
			.method(method, body.bytes().length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
		if (body.contentType() != null) {
			builder.header("Content-Type", body.contentType());
		}
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
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

	private static boolean isUri(String target) {
		try {
			URI.create(target);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private String fill(String path) {
		var filled = path;
		for (var fixture : fixtures.entrySet()) {
			filled = filled.replace("{" + fixture.getKey() + "}", fixture.getValue());
		}
		return filled;
	}

	private static String describe(PublicEndpoint endpoint, String method, Body body) {
		return method + " " + endpoint.path() + " [" + body.label() + "]";
	}

	private static String abbreviate(String text) {
		return FuzzCase.printable(text.length() > 200 ? text.substring(0, 200) + "…" : text);
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	private static byte[] bytes(String before, byte[] middle, String after) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(middle);
		out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** One malformed body: what it is, the content type it claims (null for none) and its bytes. */
	record Body(String label, String contentType, byte[] bytes) {

		static final Body NONE = new Body("no body", null, new byte[0]);

		Body(String label, String contentType, String text) {
			this(label, contentType, text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
