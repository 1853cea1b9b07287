package io.custodian.disclosure.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.custodian.disclosure.Instruction;
import io.custodian.disclosure.Recipient;
import io.custodian.disclosure.RecipientInput;
import io.custodian.disclosure.Recipients;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The register of recipients over HTTP: processors, authorities and partners with their minimum range. */
@RestController
@RequestMapping("/api/v1/recipients")
@Tag(name = "Recipients", description = "Who may receive customer data, for which purposes, which fields")
class RecipientController {

	private final Recipients recipients;

	RecipientController(Recipients recipients) {
		this.recipients = recipients;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "Every recipient with its allowed purposes and fields")
	List<Recipient> all() {
		return recipients.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "One recipient")
	Recipient get(@PathVariable UUID id) {
		return recipients.get(id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Register a recipient; a third-country transfer needs a named safeguard")
	ResponseEntity<Recipient> create(@RequestBody RecipientInput input) {
		var created = recipients.create(input);
		return ResponseEntity.created(URI.create("/api/v1/recipients/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Replace a recipient's details, purposes and fields")
	Recipient update(@PathVariable UUID id, @RequestBody RecipientInput input) {
		return recipients.update(id, input);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Remove a recipient that never received data (409 otherwise: deactivate it)")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		recipients.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/instructions")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "Every version of the recipient's instructions, newest first")
	List<Instruction> instructions(@PathVariable UUID id) {
		return recipients.instructions(id);
	}

	@PostMapping("/{id}/instructions")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Add the next version of the recipient's instructions; older versions stay")
	ResponseEntity<Instruction> instruct(@PathVariable UUID id, @RequestBody InstructionText body) {
		var instruction = recipients.instruct(id, body == null ? null : body.text());
		return ResponseEntity.created(URI.create("/api/v1/recipients/" + id + "/instructions")).body(instruction);
	}

	record InstructionText(String text) {
	}
}
