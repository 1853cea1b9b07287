package io.custodian.disclosure.web;

import java.util.List;
import java.util.UUID;

import io.custodian.disclosure.IssuedCredential;
import io.custodian.disclosure.NewCredential;
import io.custodian.disclosure.RecipientCredential;
import io.custodian.disclosure.RecipientCredentials;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff issue, list and revoke the credentials recipients use on the recipient API. */
@RestController
@Tag(name = "Recipients", description = "Who may receive customer data, for which purposes, which fields")
class CredentialController {

	private final RecipientCredentials credentials;

	CredentialController(RecipientCredentials credentials) {
		this.credentials = credentials;
	}

	@PostMapping("/api/v1/recipients/{id}/credentials")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a credential for the recipient; the secret is in this answer only")
	IssuedCredential issue(@PathVariable UUID id, @RequestBody(required = false) NewCredential credential) {
		return credentials.issue(id, credential);
	}

	@GetMapping("/api/v1/recipients/{id}/credentials")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "The recipient's credentials, newest first, with their last use; never a secret")
	List<RecipientCredential> list(@PathVariable UUID id) {
		return credentials.of(id);
	}

	@DeleteMapping("/api/v1/recipients/{id}/credentials/{credential}")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a credential; 409 when it was revoked already")
	void revoke(@PathVariable UUID id, @PathVariable UUID credential) {
		credentials.revoke(id, credential);
	}
}
