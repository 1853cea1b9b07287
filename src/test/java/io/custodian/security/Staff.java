package io.custodian.security;

import java.util.UUID;

import io.custodian.Api;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Staff members, tokens and console sessions made through the real HTTP endpoints, for the security tests. */
record Staff(MockMvcTester mvc, JsonMapper json) {

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String password(String username) {
		return "password-of-" + username;
	}

	/** Creates a staff member with the role and returns their username. */
	String create(String role) {
		var username = unique(role);
		Api.asAdmin(mvc).createStaff(username, role);
		return username;
	}

	String id(String username) {
		var list = json.readTree(Api.asAdmin(mvc).get("/api/v1/staff").exchange().getResponse().getContentAsByteArray());
		for (var member : list) {
			if (member.get("username").asString().equals(username)) {
				return member.get("id").asString();
			}
		}
		throw new IllegalStateException("no staff member " + username);
	}

	void change(String username, String body) {
		assertThat(Api.asAdmin(mvc).patch("/api/v1/staff/{id}", body, id(username)).exchange()).hasStatusOk();
	}

	/** Issues a token with HTTP Basic as the staff member and returns its secret. */
	String token(String username, String... scopes) {
		var result = Api.as(mvc, username, password(username))
			.post("/api/v1/tokens", "{\"name\":\"t\",\"scopes\":[%s]}".formatted(quoted(scopes)))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return json.readTree(result.getResponse().getContentAsByteArray()).get("secret").asString();
	}

	/** Signs in to the console with the login form and returns the session. */
	MockHttpSession signIn(String username) {
		var login = mvc.post().uri("/login").param("username", username).param("password", password(username))
			.with(csrf()).exchange();
		assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	static String quoted(String... scopes) {
		var out = new StringBuilder();
		for (var scope : scopes) {
			out.append(out.isEmpty() ? "" : ",").append('"').append(scope).append('"');
		}
		return out.toString();
	}
}
