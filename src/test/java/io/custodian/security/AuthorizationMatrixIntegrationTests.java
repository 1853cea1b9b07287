package io.custodian.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every token scope (alone, and together with tokens:issue) of an owner of every role, and every role signed in with
 * HTTP Basic, against token issuing (each scope requested) and staff management: the exact status of each.
 */
@CustodianTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	Staff staff;

	final Map<StaffRole, String> owners = new EnumMap<>(StaffRole.class);

	final Map<String, String> tokens = new LinkedHashMap<>();

	String target;

	@BeforeAll
	void issueTokensThenGiveEachOwnerItsRole() {
		staff = new Staff(mvc, json);
		target = staff.id(staff.create("support"));
		for (var role : StaffRole.values()) {
			var owner = staff.create("admin");
			owners.put(role, owner);
			for (var scope : Scope.values()) {
				tokens.put(key(role, scope, false), staff.token(owner, scope.id()));
				tokens.put(key(role, scope, true), staff.token(owner, scope.id(), Scope.TOKENS_ISSUE.id()));
			}
			staff.change(owner, "{\"role\":\"" + role.id() + "\"}");
		}
	}

	static Stream<Arguments> tokens() {
		var cases = new ArrayList<Arguments>();
		for (var role : StaffRole.values()) {
			for (var scope : Scope.values()) {
				cases.add(Arguments.of(role, scope, false));
				cases.add(Arguments.of(role, scope, true));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} owner, token with {1}, plus tokens:issue: {2}")
	@MethodSource("tokens")
	void tokenGetsExactlyWhatItsScopesWithinItsOwnersCurrentRoleAllow(StaffRole role, Scope scope, boolean issue) {
		var secret = tokens.get(key(role, scope, issue));
		var held = issue ? EnumSet.of(scope, Scope.TOKENS_ISSUE) : EnumSet.of(scope);
		var effective = EnumSet.copyOf(held);
		effective.retainAll(role.scopes());
		Function<MockMvcRequestBuilder, MockMvcRequestBuilder> caller = r -> r.header("Authorization", "Bearer " + secret);
		var expected = new LinkedHashMap<String, Integer>();
		var actual = new LinkedHashMap<String, Integer>();
		for (var requested : Scope.values()) {
			var name = "issue " + requested.id();
			expected.put(name, !role.scopes().contains(requested) ? 400
					: effective.contains(Scope.TOKENS_ISSUE) && effective.contains(requested) ? 201 : 403);
			actual.put(name, status(caller.apply(json(mvc.post().uri("/api/v1/tokens"),
					"{\"name\":\"m\",\"scopes\":[\"" + requested.id() + "\"]}"))));
		}
		staffManagement(caller, effective, expected, actual);
		assertThat(actual).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} with HTTP Basic")
	@EnumSource(StaffRole.class)
	void passwordLoginGetsExactlyWhatItsCurrentRoleAllows(StaffRole role) {
		var owner = owners.get(role);
		var api = Api.as(mvc, owner, Staff.password(owner));
		var expected = new LinkedHashMap<String, Integer>();
		var actual = new LinkedHashMap<String, Integer>();
		for (var requested : Scope.values()) {
			var name = "issue " + requested.id();
			expected.put(name, role.scopes().contains(requested) ? 201 : 400);
			actual.put(name, status(api.post("/api/v1/tokens", "{\"name\":\"m\",\"scopes\":[\"" + requested.id() + "\"]}")));
		}
		Function<MockMvcRequestBuilder, MockMvcRequestBuilder> caller = r -> r.with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic(owner, Staff.password(owner)));
		staffManagement(caller, role.scopes(), expected, actual);
		assertThat(actual).isEqualTo(expected);
	}

	private void staffManagement(Function<MockMvcRequestBuilder, MockMvcRequestBuilder> caller, Set<Scope> effective,
			Map<String, Integer> expected, Map<String, Integer> actual) {
		var staffManage = effective.contains(Scope.STAFF_MANAGE);
		expected.put("list staff", staffManage ? 200 : 403);
		actual.put("list staff", status(caller.apply(mvc.get().uri("/api/v1/staff"))));
		expected.put("create staff", staffManage ? 201 : 403);
		actual.put("create staff", status(caller.apply(json(mvc.post().uri("/api/v1/staff"),
				"{\"username\":\"%s\",\"password\":\"a-long-enough-password\",\"role\":\"analyst\"}"
					.formatted(Staff.unique("matrix"))))));
		expected.put("change role", staffManage ? 200 : 403);
		actual.put("change role", status(caller.apply(json(mvc.patch().uri("/api/v1/staff/{id}", target),
				"{\"role\":\"analyst\"}"))));
		expected.put("disable", staffManage ? 200 : 403);
		actual.put("disable", status(caller.apply(json(mvc.patch().uri("/api/v1/staff/{id}", target),
				"{\"enabled\":false}"))));
		expected.put("rotate keys", effective.contains(Scope.KEYS_MANAGE) ? 200 : 403);
		actual.put("rotate keys", status(caller.apply(mvc.post().uri("/api/v1/keys/rotation"))));
	}

	private static MockMvcRequestBuilder json(MockMvcRequestBuilder request, String body) {
		return request.contentType("application/json").content(body);
	}

	private static int status(MockMvcRequestBuilder request) {
		return request.exchange().getResponse().getStatus();
	}

	private static String key(StaffRole role, Scope scope, boolean issue) {
		return role + "/" + scope + "/" + issue;
	}
}
