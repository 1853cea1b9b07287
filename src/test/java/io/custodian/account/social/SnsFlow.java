package io.custodian.account.social;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.account.internal.CustomerSessions;
import jakarta.servlet.http.Cookie;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the SNS flow as a browser would: the customer's cookie and HTTP session on the app side (MockMvc), the
 * provider's authorization endpoint over real HTTP, then the callback.
 */
final class SnsFlow {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

	private final MockMvcTester mvc;

	private final CustomerSessions sessions;

	private final JsonMapper json = JsonMapper.builder().build();

	SnsFlow(MockMvcTester mvc, CustomerSessions sessions) {
		this.mvc = mvc;
		this.sessions = sessions;
	}

	/** A new customer created by staff, with the given name (typed by the customer on a form). */
	UUID customer(String name) {
		var email = "sns-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var body = name == null ? """
				{"email":"%s","source":"customer-form","purposes":["support"]}""".formatted(email)
				: """
						{"email":"%s","name":"%s","source":"customer-form","purposes":["support"]}""".formatted(email, name);
		var result = Api.asAdmin(mvc).post("/api/v1/customers", body).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	/** The cookie of a fresh session of the customer, as the sign-in would set it. */
	Cookie signIn(UUID customerId) {
		var response = new MockHttpServletResponse();
		sessions.open(customerId, "link", new MockHttpServletRequest(), response);
		var header = response.getHeader("Set-Cookie");
		var value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
		return new Cookie(CustomerSessions.COOKIE, value);
	}

	/** Starts at /oauth2/authorization/{provider}; returns the provider's answer (the callback URI). */
	URI authorize(String provider, MockHttpSession session, Cookie... cookies) {
		var request = mvc.get().uri("/oauth2/authorization/" + provider).session(session);
		var start = (cookies.length == 0 ? request : request.cookie(cookies)).exchange();
		assertThat(start).hasStatus(HttpStatus.FOUND);
		var location = URI.create(start.getResponse().getRedirectedUrl());
		try {
			var answer = HTTP.send(HttpRequest.newBuilder(location).GET().build(), HttpResponse.BodyHandlers.discarding());
			assertThat(answer.statusCode()).isEqualTo(302);
			return URI.create(answer.headers().firstValue("Location").orElseThrow());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	MvcTestResult callback(URI callback, MockHttpSession session, Cookie... cookies) {
		var request = mvc.get().uri(callback).session(session);
		return (cookies.length == 0 ? request : request.cookie(cookies)).exchange();
	}

	/** The whole flow for a signed-in customer. */
	MvcTestResult connect(String provider, Cookie account) {
		var session = new MockHttpSession();
		return callback(authorize(provider, session, account), session, account);
	}
}
