package io.custodian.request.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.RequestSubmitted;
import io.custodian.request.RequestSummary;
import io.custodian.request.internal.RequestQueries;
import io.custodian.request.internal.RequestResult;
import io.custodian.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The requester's side: make a request, prove it is you, follow it, download the answer. */
@RestController
@Tag(name = "Privacy requests", description = "Requests by the people the data is about")
class PrivacyRequestController {

	private final RequestDesk desk;

	private final RequestQueries queries;

	PrivacyRequestController(RequestDesk desk, RequestQueries queries) {
		this.desk = desk;
		this.queries = queries;
	}

	@PostMapping("/api/v1/privacy-requests")
	@Operation(summary = "Make a request: access, correction, addition, deletion, suspension, lift-suspension, elimination; "
			+ "the answer is the same whether or not the email is known")
	ResponseEntity<RequestSubmitted> submit(@RequestBody NewRequest request) {
		var submitted = desk.submit(new NewRequest(request.site(), request.type(), request.email(), request.message(),
				request.changes(), request.fields(), request.identifiers(), request.language(),
				request.channel() == null ? "api" : "web".equals(request.channel()) ? "web" : "api"));
		return ResponseEntity.accepted().location(URI.create("/api/v1/privacy-requests/" + submitted.id() + "/status"))
			.body(submitted);
	}

	@PostMapping("/api/v1/privacy-requests/{id}/verification")
	@Operation(summary = "Enter the 6-digit code sent to the email on file; five wrong codes lock the request")
	RequestSummary verify(@PathVariable UUID id, @RequestBody Code body) {
		return publicView(desk.verify(id, body == null ? null : body.code()));
	}

	@PostMapping("/api/v1/privacy-requests/{id}/code")
	@Operation(summary = "Send a new code (a few per hour); the same answer whether or not one was sent")
	ResponseEntity<Map<String, String>> resend(@PathVariable UUID id) {
		desk.resendCode(id);
		return ResponseEntity.accepted().body(Map.of("message", "If we hold data about this request's email address, "
				+ "a new code is on its way."));
	}

	@GetMapping("/api/v1/privacy-requests/{id}/status")
	RequestSummary status(@PathVariable UUID id) {
		return desk.status(id);
	}

	@GetMapping(value = "/privacy/downloads/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The machine-readable export of an access request, while the link is valid")
	ResponseEntity<RequestResult> download(@PathVariable String token) {
		var result = queries.download(token).orElseThrow(() -> Problems.notFound("This download link (expired or unknown)"));
		return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"my-data.json\"").body(result);
	}

	private static RequestSummary publicView(RequestSummary s) {
		return new RequestSummary(s.id(), s.reference(), s.site(), s.type(), s.state(), s.channel(), s.receivedAt(),
				s.dueAt(), s.extensionReason(), null, s.verifiedAt(), s.closedAt(), s.failedAttempts(), null);
	}

	record Code(String code) {
	}
}
