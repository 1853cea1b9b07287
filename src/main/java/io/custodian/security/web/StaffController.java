package io.custodian.security.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.custodian.security.Scope;
import io.custodian.security.internal.ApiTokens;
import io.custodian.security.internal.ApiTokens.IssuedToken;
import io.custodian.security.internal.ApiTokens.TokenInfo;
import io.custodian.security.internal.ApiTokens.TokenOwner;
import io.custodian.security.internal.KeyRotation;
import io.custodian.security.internal.StaffDirectory;
import io.custodian.security.internal.StaffDirectory.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts, API tokens and key rotation over HTTP. */
@RestController
@Tag(name = "Staff and tokens", description = "Staff accounts, roles, scoped API tokens, encryption keys")
class StaffController {

	private final StaffDirectory staff;

	private final ApiTokens tokens;

	private final KeyRotation keys;

	StaffController(StaffDirectory staff, ApiTokens tokens, KeyRotation keys) {
		this.staff = staff;
		this.tokens = tokens;
		this.keys = keys;
	}

	@GetMapping("/api/v1/staff")
	@PreAuthorize("hasAuthority('SCOPE_staff:manage')")
	List<StaffMember> staff() {
		return staff.all();
	}

	@PostMapping("/api/v1/staff")
	@PreAuthorize("hasAuthority('SCOPE_staff:manage')")
	@Operation(summary = "Create a staff account (password of at least 12 characters)")
	ResponseEntity<StaffMember> create(@RequestBody NewStaff body) {
		var created = staff.create(body.username(), body.displayName(), body.password(), body.role());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(created);
	}

	@PatchMapping("/api/v1/staff/{id}")
	@PreAuthorize("hasAuthority('SCOPE_staff:manage')")
	@Operation(summary = "Change a staff member's role, disable or enable the account, or set a new password")
	StaffMember update(@PathVariable UUID id, @RequestBody StaffChange body) {
		return staff.update(id, body.role(), body.enabled(), body.password());
	}

	@PostMapping("/api/v1/staff/{id}/unlock")
	@PreAuthorize("hasAuthority('SCOPE_staff:manage')")
	@Operation(summary = "Lift the login delays of a staff member after failed logins, from every address")
	StaffMember unlock(@PathVariable UUID id) {
		return staff.unlock(id);
	}

	@GetMapping("/api/v1/tokens")
	@Operation(summary = "Your API tokens (all tokens for administrators)")
	List<TokenInfo> tokens(Authentication caller) {
		return tokens.list(isAdmin(caller) ? null : caller.getName());
	}

	@PostMapping("/api/v1/tokens")
	@Operation(summary = "Issue an API token for yourself; the secret is in the answer and never shown again. "
			+ "With a token, only if it has tokens:issue, and only scopes it holds itself (else 403)")
	ResponseEntity<IssuedToken> issue(@RequestBody NewToken body, Authentication caller) {
		var issued = caller.getDetails() instanceof TokenOwner token
				? tokens.issue(token, body.name(), body.scopes(), body.validDays())
				: tokens.issue(caller.getName(), body.name(), body.scopes(), body.validDays());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(issued);
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@Operation(summary = "Revoke a token at once")
	ResponseEntity<Void> revoke(@PathVariable UUID id, Authentication caller) {
		tokens.revoke(id, caller.getName(), isAdmin(caller));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/keys")
	@PreAuthorize("hasAuthority('SCOPE_keys:manage')")
	KeyRotation.KeyStatus keys() {
		return keys.status();
	}

	@PostMapping("/api/v1/keys/rotation")
	@PreAuthorize("hasAuthority('SCOPE_keys:manage')")
	@Operation(summary = "Make a new primary encryption key and re-encrypt every stored value with it")
	KeyRotation.Rotation rotate() {
		return keys.rotate();
	}

	private static boolean isAdmin(Authentication caller) {
		return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Scope.STAFF_MANAGE.authority()));
	}

	record NewStaff(String username, String displayName, String password, String role) {
	}

	record StaffChange(String role, Boolean enabled, String password) {
	}

	record NewToken(String name, List<String> scopes, Integer validDays) {
	}
}
