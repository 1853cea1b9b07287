package io.custodian.security.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.security.Scope;
import io.custodian.security.StaffRole;
import io.custodian.security.internal.ApiTokens;
import io.custodian.security.internal.KeyRotation;
import io.custodian.security.internal.StaffDirectory;
import io.custodian.system.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console page for administrators: staff accounts and roles, API tokens (the secret of a new token is shown
 * exactly once, on the page the issue redirects to) and the encryption key.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_staff:manage')")
class StaffConsoleController {

	private static final String BACK = "redirect:/staff";

	private final StaffDirectory staff;

	private final ApiTokens tokens;

	private final KeyRotation keys;

	StaffConsoleController(StaffDirectory staff, ApiTokens tokens, KeyRotation keys) {
		this.staff = staff;
		this.tokens = tokens;
		this.keys = keys;
	}

	@GetMapping("/staff")
	String page(Model model) {
		model.addAttribute("staff", staff.all());
		model.addAttribute("tokens", tokens.list(null));
		model.addAttribute("roles", Arrays.stream(StaffRole.values()).map(StaffRole::id).toList());
		model.addAttribute("scopes", Arrays.stream(Scope.values()).map(Scope::id).toList());
		model.addAttribute("keyStatus", keys.status());
		return "staff";
	}

	@PostMapping("/staff")
	String create(@RequestParam String username, @RequestParam(required = false) String displayName,
			@RequestParam String password, @RequestParam String role, RedirectAttributes redirect) {
		try {
			var created = staff.create(username, displayName, password, role);
			redirect.addFlashAttribute("notice", "Created the account " + created.username() + " (" + created.role() + ").");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("staffErrors", errors(e));
			redirect.addFlashAttribute("staffForm", Map.of("username", username, "displayName",
					displayName == null ? "" : displayName, "role", role));
			redirect.addFlashAttribute("alert", "The account was not created; see the form below.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "The account was not created: " + e.getBody().getDetail());
		}
		return BACK;
	}

	@PostMapping("/staff/{id}")
	String update(@PathVariable UUID id, @RequestParam(required = false) String role,
			@RequestParam(required = false) Boolean enabled, Authentication caller, RedirectAttributes redirect) {
		try {
			var self = staff.all().stream().anyMatch(m -> m.id().equals(id) && m.username().equals(caller.getName()));
			if (self && (Boolean.FALSE.equals(enabled) || (role != null && !role.equals(StaffRole.ADMIN.id())))) {
				redirect.addFlashAttribute("alert", "You cannot disable your own account or take away your own admin role.");
				return BACK;
			}
			var updated = staff.update(id, role == null || role.isBlank() ? null : role, enabled, null);
			redirect.addFlashAttribute("notice", "Updated " + updated.username() + ": " + updated.role() + ", "
					+ (updated.enabled() ? "enabled" : "disabled") + ".");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "Nothing was changed: " + e.getBody().getDetail());
		}
		return BACK;
	}

	@PostMapping("/staff/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var member = staff.unlock(id);
			redirect.addFlashAttribute("notice", "Lifted the login delays of " + member.username() + ".");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "Nothing was changed: " + e.getBody().getDetail());
		}
		return BACK;
	}

	@PostMapping("/staff/tokens")
	String issue(@RequestParam String name, @RequestParam(required = false) List<String> scopes,
			@RequestParam(required = false) Integer validDays, Authentication caller, RedirectAttributes redirect) {
		try {
			var issued = tokens.issue(caller.getName(), name, scopes == null ? List.of() : scopes, validDays);
			redirect.addFlashAttribute("issued", issued);
			redirect.addFlashAttribute("notice", "Issued the token " + issued.token().name() + ".");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("tokenErrors", errors(e));
			redirect.addFlashAttribute("alert", "No token was issued; see the form below.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "No token was issued: " + e.getBody().getDetail());
		}
		return BACK;
	}

	@PostMapping("/staff/tokens/{id}/revocation")
	String revoke(@PathVariable UUID id, Authentication caller, RedirectAttributes redirect) {
		try {
			tokens.revoke(id, caller.getName(), true);
			redirect.addFlashAttribute("notice", "Revoked the token. It stops working at once.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return BACK;
	}

	@PostMapping("/staff/keys/rotation")
	@PreAuthorize("hasAuthority('SCOPE_keys:manage')")
	String rotate(RedirectAttributes redirect) {
		var rotation = keys.rotate();
		var total = rotation.reencrypted().values().stream().mapToInt(Integer::intValue).sum();
		var parts = new ArrayList<String>();
		rotation.reencrypted().forEach((store, count) -> parts.add(store + ": " + count));
		redirect.addFlashAttribute("notice", "Rotated the encryption key: key " + rotation.primaryKeyId()
				+ " is now primary (" + rotation.keys() + " keys). Re-encrypted " + total + " values"
				+ (parts.isEmpty() ? "." : " (" + String.join(", ", parts) + ")."));
		return BACK;
	}

	private static Map<String, String> errors(InvalidInput e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(error.field(), error.reason(), (a, b) -> a + "; " + b));
		return errors;
	}
}
