package io.custodian.disclosure.web;

import io.custodian.disclosure.DisclosureRequest;
import io.custodian.disclosure.Disclosures;
import io.custodian.disclosure.RecipientCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A recipient pulling its allowed fields itself with its credential; every pull is a recorded disclosure. */
@RestController
@Tag(name = "Recipient API", description = "For recipients: pull customers' allowed fields with a recipient credential")
class RecipientPullController {

	private final Disclosures disclosures;

	RecipientPullController(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	@PostMapping("/api/v1/recipient/disclosures")
	@Operation(summary = "The allowed fields of the customers for one of the recipient's purposes (JSON or CSV), "
			+ "recorded as a disclosure by the credential; 403 for a purpose the recipient may not receive")
	ResponseEntity<?> pull(@AuthenticationPrincipal RecipientCaller caller, @RequestBody DisclosureRequest request) {
		var result = disclosures.disclose(caller.recipientId(), request);
		if ("csv".equalsIgnoreCase(request.format())) {
			return DisclosureCsv.of(result).body(DisclosureCsv.body(result));
		}
		return ResponseEntity.ok(result);
	}
}
