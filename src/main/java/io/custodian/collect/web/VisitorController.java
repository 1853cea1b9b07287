package io.custodian.collect.web;

import java.util.UUID;

import io.custodian.collect.Visitors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Links a tracker visitor id to a customer when the visitor identifies, e.g. by sending a form with it. */
@RestController
@Tag(name = "Sites")
class VisitorController {

	private final Visitors visitors;

	VisitorController(Visitors visitors) {
		this.visitors = visitors;
	}

	@PutMapping("/api/v1/sites/{siteId}/visitors/{visitorId}/customer")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	@Operation(summary = "Link a visitor id (the tracker's _cst_vid) to a customer, so requests reach their analytics")
	ResponseEntity<Void> link(@PathVariable UUID siteId, @PathVariable String visitorId, @Valid @RequestBody Link body) {
		visitors.link(siteId, visitorId, body.customerId());
		return ResponseEntity.noContent().build();
	}

	record Link(@NotNull(message = "is required") UUID customerId) {
	}
}
