package io.custodian.customer.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.CustomerView;
import io.custodian.customer.ImportReport;
import io.custodian.customer.NewCustomer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer vault over HTTP; every read names its purpose. */
@RestController
@Validated
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customer vault: information customers give, read only through a purpose")
class CustomerController {

	private final CustomerVault vault;

	CustomerController(CustomerVault vault) {
		this.vault = vault;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	@Operation(summary = "Add a customer; 409 when the email exists in any letter case")
	ResponseEntity<CustomerSummary> create(@RequestBody NewCustomer customer) {
		var id = vault.register(customer);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(vault.summary(id));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_customers:read')")
	@Operation(summary = "Read a customer through a purpose: only the fields that purpose may use; 403 when denied")
	CustomerView read(@PathVariable UUID id,
			@Parameter(description = "support, feedback, product-news, gifts, analytics or legal-obligation")
			@RequestParam String purpose) {
		return vault.read(id, purpose);
	}

	@GetMapping(params = "email")
	@PreAuthorize("hasAuthority('SCOPE_customers:read')")
	@Operation(summary = "Find the customer with this email (any letter case), read through a purpose")
	CustomerView findByEmail(@RequestParam String email, @RequestParam String purpose) {
		return vault.readByEmail(email, purpose);
	}

	@GetMapping(params = "!email")
	@PreAuthorize("hasAuthority('SCOPE_customers:read')")
	@Operation(summary = "The latest customers, without personal values")
	List<CustomerSummary> latest(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return vault.latest(limit);
	}

	@GetMapping("/{id}/metadata")
	@PreAuthorize("hasAuthority('SCOPE_customers:read')")
	@Operation(summary = "A customer's status and field metadata, without personal values")
	CustomerSummary metadata(@PathVariable UUID id) {
		return vault.summary(id);
	}

	@PatchMapping(value = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	@Operation(summary = "Change fields (JSON merge patch: null removes a field); recorded in the audit chain")
	CustomerSummary update(@PathVariable UUID id, @RequestBody Map<String, Object> body) {
		return vault.update(id, PatchReader.read(body));
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	@Operation(summary = "Record that the customer confirmed their data (all fields, or those named)")
	CustomerSummary confirm(@PathVariable UUID id, @RequestBody(required = false) Confirmation body) {
		return vault.confirm(id, body == null ? List.of() : body.fields());
	}

	@GetMapping("/stale")
	@PreAuthorize("hasAuthority('SCOPE_customers:read')")
	@Operation(summary = "Fields not confirmed within the verification period, oldest first")
	CustomerVault.StalePage stale(@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset) {
		return vault.stale(limit, offset);
	}

	@PostMapping(value = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasAuthority('SCOPE_customers:import')")
	@Operation(summary = "Import customers from CSV with a header row; answers a per-row report of rejections")
	ImportReport importCsv(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		try (var reader = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
			return vault.importCsv(reader, dryRun);
		}
	}

	record Confirmation(List<String> fields) {
	}
}
