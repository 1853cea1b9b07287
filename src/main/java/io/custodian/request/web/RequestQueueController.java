package io.custodian.request.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.custodian.request.RequestSummary;
import io.custodian.request.internal.RequestQueries;
import io.custodian.request.internal.RequestView;
import io.custodian.request.internal.RequestWorkflow;
import io.custodian.security.PublicEndpoints;
import io.custodian.request.web.StaffInputs.Assignment;
import io.custodian.request.web.StaffInputs.Extension;
import io.custodian.request.web.StaffInputs.Note;
import io.custodian.request.web.StaffInputs.Rejection;
import io.custodian.request.web.StaffInputs.TypeChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff work the request queue: filter, read, assign, note, approve, reject, extend. */
@RestController
@Tag(name = "Request queue", description = "Privacy requests as staff handle them")
@PreAuthorize("hasAuthority('SCOPE_requests:manage')")
class RequestQueueController {

	private final RequestQueries queries;

	private final RequestWorkflow workflow;

	RequestQueueController(RequestQueries queries, RequestWorkflow workflow) {
		this.queries = queries;
		this.workflow = workflow;
	}

	@Bean
	static PublicEndpoints privacyRequestEndpoints() {
		return PublicEndpoints.of("/api/v1/privacy-requests", "/api/v1/privacy-requests/**", "/privacy/**");
	}

	@GetMapping("/api/v1/requests")
	@Operation(summary = "The queue, soonest due first; filter by state, type and due date")
	List<RequestSummary> queue(@RequestParam(required = false) String state, @RequestParam(required = false) String type,
			@RequestParam(required = false) Instant dueBefore, @RequestParam(defaultValue = "100") int limit) {
		return queries.queue(state, type, dueBefore, limit);
	}

	@GetMapping("/api/v1/requests/{id}")
	@Operation(summary = "A request with the requester's email, message, timeline and result or erasure report")
	RequestView detail(@PathVariable UUID id) {
		return queries.detail(id);
	}

	@PostMapping("/api/v1/requests/{id}/approval")
	@Operation(summary = "Fulfil a verified request through every personal-data store")
	RequestSummary approve(@PathVariable UUID id) {
		return workflow.approve(id);
	}

	@PostMapping("/api/v1/requests/{id}/rejection")
	RequestSummary reject(@PathVariable UUID id, @Valid @RequestBody Rejection body) {
		return workflow.reject(id, body.reason());
	}

	@PostMapping("/api/v1/requests/{id}/extension")
	@Operation(summary = "Extend the deadline once, by up to two months, with a reason told to the requester")
	RequestSummary extend(@PathVariable UUID id, @Valid @RequestBody Extension body) {
		return workflow.extend(id, body.months(), body.reason());
	}

	@PostMapping("/api/v1/requests/{id}/assignment")
	RequestSummary assign(@PathVariable UUID id, @Valid @RequestBody Assignment body) {
		return workflow.assign(id, body.staff());
	}

	@PostMapping("/api/v1/requests/{id}/notes")
	ResponseEntity<Void> note(@PathVariable UUID id, @Valid @RequestBody Note body) {
		workflow.note(id, body.text());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/requests/{id}/replies")
	@Operation(summary = "Email the requester at the address on file; on the request's timeline and in the audit")
	ResponseEntity<Void> reply(@PathVariable UUID id, @Valid @RequestBody Note body) {
		workflow.reply(id, body.text());
		return ResponseEntity.accepted().build();
	}

	@PatchMapping("/api/v1/requests/{id}/type")
	RequestSummary type(@PathVariable UUID id, @RequestBody TypeChange body) {
		return workflow.changeType(id, body.type());
	}
}
