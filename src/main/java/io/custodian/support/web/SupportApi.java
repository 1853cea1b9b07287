package io.custodian.support.web;

import java.util.List;
import java.util.UUID;

import io.custodian.security.CurrentActor;
import io.custodian.support.CaseDetail;
import io.custodian.support.CaseMessage;
import io.custodian.support.NewCase;
import io.custodian.support.SupportCase;
import io.custodian.support.internal.StaffReplies;
import io.custodian.support.internal.SupportDesk;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The support API for staff with {@code support:cases}: open cases for customers, reply, move and assign them. */
@RestController
@RequestMapping("/api/v1/support/cases")
@PreAuthorize("hasAuthority('SCOPE_support:cases')")
class SupportApi {

	private final SupportDesk desk;

	private final StaffReplies replies;

	SupportApi(SupportDesk desk, StaffReplies replies) {
		this.desk = desk;
		this.replies = replies;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a case for a customer with its first message; 409 while the customer is suspended")
	SupportCase open(@RequestBody NewCase request) {
		return desk.open(request, "api", "staff:" + CurrentActor.name());
	}

	@GetMapping
	@Operation(summary = "The latest cases, newest activity first, optionally of one status")
	List<SupportCase> list(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "100") int limit) {
		return desk.latest(status, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case, its conversation and the customer's fields read for the support purpose")
	CaseDetail get(@PathVariable UUID id) {
		return desk.detail(id);
	}

	@PostMapping("/{id}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply to the customer: recorded, then mailed with the case reference in the subject")
	CaseMessage reply(@PathVariable UUID id, @RequestBody Text text) {
		return replies.reply(id, CurrentActor.name(), text.text());
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Move a case: open, waiting, resolved, closed; a move the flow does not allow is 409")
	SupportCase status(@PathVariable UUID id, @RequestBody Status status) {
		return desk.changeStatus(id, status.status());
	}

	@PostMapping("/{id}/assignee")
	@Operation(summary = "Assign a case to a staff member, or to nobody with an empty assignee")
	SupportCase assign(@PathVariable UUID id, @RequestBody Assignee assignee) {
		return desk.assign(id, assignee.assignee());
	}

	/** A reply's text. */
	record Text(String text) {
	}

	/** The status a case moves to. */
	record Status(String status) {
	}

	/** The staff username a case is assigned to. */
	record Assignee(String assignee) {
	}
}
