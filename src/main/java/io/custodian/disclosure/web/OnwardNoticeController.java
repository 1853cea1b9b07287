package io.custodian.disclosure.web;

import java.util.List;
import java.util.UUID;

import io.custodian.disclosure.OnwardNotice;
import io.custodian.disclosure.OnwardNoticeLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The onward notices (GDPR Art. 19) of a customer, and their acknowledgement once a recipient acted on one. */
@RestController
@Tag(name = "Disclosures", description = "Customer data sent to recipients within their minimum range, each logged")
class OnwardNoticeController {

	private final OnwardNoticeLog notices;

	OnwardNoticeController(OnwardNoticeLog notices) {
		this.notices = notices;
	}

	@GetMapping("/api/v1/customers/{id}/onward-notices")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "The recipients told of the customer's corrections, erasure and restrictions, newest first")
	List<OnwardNotice> ofCustomer(@PathVariable UUID id) {
		return notices.ofCustomer(id);
	}

	@PostMapping("/api/v1/onward-notices/{id}/acknowledgement")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Records that the recipient acted on the notice, with an optional note; 409 when already "
			+ "acknowledged")
	OnwardNotice acknowledge(@PathVariable UUID id, @RequestBody(required = false) Acknowledgement body) {
		return notices.acknowledge(id, body == null ? null : body.note());
	}

	/** The optional note of an acknowledgement. */
	record Acknowledgement(String note) {
	}
}
