package io.custodian;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Requests to the HTTP API as a real client sends them: JSON bodies and HTTP Basic credentials. */
public final class Api {

	private final MockMvcTester mvc;

	private final String username;

	private final String password;

	private Api(MockMvcTester mvc, String username, String password) {
		this.mvc = mvc;
		this.username = username;
		this.password = password;
	}

	public static Api asAdmin(MockMvcTester mvc) {
		return new Api(mvc, "admin", TestDatabase.ADMIN_PASSWORD);
	}

	public static Api as(MockMvcTester mvc, String username, String password) {
		return new Api(mvc, username, password);
	}

	public MockMvcRequestBuilder get(String uri, Object... vars) {
		return mvc.get().uri(uri, vars).with(httpBasic(username, password));
	}

	public MockMvcRequestBuilder post(String uri, String json, Object... vars) {
		return mvc.post().uri(uri, vars).with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	public MockMvcRequestBuilder put(String uri, String json, Object... vars) {
		return mvc.put().uri(uri, vars).with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	public MockMvcRequestBuilder patch(String uri, String json, Object... vars) {
		return mvc.patch().uri(uri, vars).with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	public MockMvcRequestBuilder delete(String uri, Object... vars) {
		return mvc.delete().uri(uri, vars).with(httpBasic(username, password));
	}

	/** Creates a staff member through the API and returns a client signed in as them. */
	public Api createStaff(String username, String role) {
		var password = "password-of-" + username;
		var result = post("/api/v1/staff", """
				{"username":"%s","password":"%s","role":"%s"}""".formatted(username, password, role)).exchange();
		if (result.getResponse().getStatus() != 201 && result.getResponse().getStatus() != 409) {
			throw new IllegalStateException("Could not create staff " + username + ": " + result.getResponse().getStatus());
		}
		return new Api(mvc, username, password);
	}
}
