package io.custodian.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.custodian.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends to the running server's API, the answer is an RFC 9457 problem with a 4xx status. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ProblemDetailsIntegrationTests {

	@Value("${local.server.port}")
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", contentType)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void answersUnknownPathsWithAProblem() throws Exception {
		var response = send("GET", "/api/v1/nothing-here", "application/json", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void answersWrongMethodsWithAProblem() throws Exception {
		var response = send("DELETE", "/api/v1/audit/verify", "application/json", null);
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void answersWrongContentTypesWithAProblem() throws Exception {
		var response = send("POST", "/api/v1/customers", "application/xml", "<customer/>");
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void showsPeopleTheConsoleErrorPage() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nothing-here"))
			.header("Accept", "text/html")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.body()).contains("Custodian");
	}
}
