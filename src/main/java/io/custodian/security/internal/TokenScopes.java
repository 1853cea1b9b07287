package io.custodian.security.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.custodian.security.Scope;
import io.custodian.security.StaffRole;
import io.custodian.system.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The scopes a new token may carry: known scopes within the owner's current role (else 400), and, when a token
 * issues it, within that token's own scopes, which must include {@code tokens:issue} (else 403).
 */
final class TokenScopes {

	private TokenScopes() {
	}

	static Set<Scope> withinRole(List<String> ids, StaffRole role) {
		if (ids == null || ids.isEmpty()) {
			throw new InvalidInput("scopes", "name at least one scope");
		}
		var scopes = new TreeSet<Scope>();
		for (var id : ids) {
			var scope = Scope.fromId(id).orElseThrow(() -> new InvalidInput("scopes", "unknown scope '" + clip(id) + "'"));
			if (!role.scopes().contains(scope)) {
				throw new InvalidInput("scopes", "the role " + role.id() + " may not use '" + id + "'");
			}
			scopes.add(scope);
		}
		return scopes;
	}

	/** Refuses unless the calling token may issue tokens and holds every requested scope itself. */
	static void withinCallingToken(Set<Scope> requested, Set<Scope> calling) {
		if (!calling.contains(Scope.TOKENS_ISSUE)) {
			throw forbidden("the calling token lacks the scope " + Scope.TOKENS_ISSUE.id()
					+ "; issue tokens with a token that has it, or sign in with your password");
		}
		var wider = requested.stream().filter(s -> !calling.contains(s)).map(Scope::id).toList();
		if (!wider.isEmpty()) {
			throw forbidden("a token may only issue scopes it holds itself; the calling token lacks " + wider);
		}
	}

	private static ErrorResponseException forbidden(String reason) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "scopes: " + reason);
		problem.setTitle("Forbidden");
		problem.setProperty("reason", "token-scope");
		problem.setProperty("errors", List.of(new InvalidInput.FieldError("scopes", reason)));
		return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
	}

	private static String clip(String id) {
		return id == null ? "null" : id.length() > 40 ? id.substring(0, 40) + "…" : id;
	}
}
