package io.custodian.disclosure.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.custodian.disclosure.DisclosureEntry;
import io.custodian.disclosure.DisclosureRequest;
import io.custodian.disclosure.DisclosureResult;
import io.custodian.disclosure.Disclosures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disclosing to a recipient over HTTP, and the log of disclosures per recipient and per customer. */
@RestController
@Tag(name = "Disclosures", description = "Customer data sent to recipients within their minimum range, each logged")
class DisclosureController {

	static final String LEFT_OUT_HEADER = "Custodian-Left-Out";

	private final Disclosures disclosures;

	DisclosureController(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	@PostMapping("/api/v1/recipients/{id}/disclosures")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Disclose customers' allowed fields to a recipient for a purpose (JSON or CSV); customers "
			+ "left out are named; 403 when the recipient is inactive, its contract expired or the purpose not allowed")
	ResponseEntity<?> disclose(@PathVariable UUID id, @RequestBody DisclosureRequest request) {
		var result = disclosures.disclose(id, request);
		if ("csv".equalsIgnoreCase(request.format())) {
			return DisclosureCsv.of(result).header(LEFT_OUT_HEADER, leftOut(result)).body(DisclosureCsv.body(result));
		}
		return ResponseEntity.ok(result);
	}

	@GetMapping("/api/v1/recipients/{id}/disclosures")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "What the recipient received, per customer, newest first")
	List<DisclosureEntry> ofRecipient(@PathVariable UUID id, @RequestParam(defaultValue = "200") int limit) {
		return disclosures.ofRecipient(id, limit);
	}

	@GetMapping("/api/v1/disclosures")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "The disclosure log: the newest disclosures to any recipient, per customer, optionally for one purpose")
	List<DisclosureEntry> latest(@RequestParam(required = false) String purpose,
			@RequestParam(defaultValue = "200") int limit) {
		return disclosures.latest(purpose, limit);
	}

	@GetMapping("/api/v1/customers/{id}/disclosures")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "Every disclosure of the customer's data, newest first")
	List<DisclosureEntry> ofCustomer(@PathVariable UUID id) {
		return disclosures.ofCustomer(id);
	}

	private static String leftOut(DisclosureResult result) {
		return result.leftOut().stream().map(l -> l.customer() + "=" + l.reason()).collect(Collectors.joining(", "));
	}
}
