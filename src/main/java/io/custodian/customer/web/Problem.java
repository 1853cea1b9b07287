package io.custodian.customer.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refusal of the vault as shown to staff: status, title, detail and the guard's reason when there is one. */
record Problem(int status, String title, String detail, String reason) {

	static Problem of(ErrorResponseException e) {
		ProblemDetail body = e.getBody();
		var reason = body.getProperties() == null ? null : body.getProperties().get("reason");
		var status = e.getStatusCode().value();
		var title = body.getTitle() != null ? body.getTitle()
				: HttpStatus.resolve(status) != null ? HttpStatus.resolve(status).getReasonPhrase() : "Refused";
		return new Problem(status, title, body.getDetail(), reason == null ? null : reason.toString());
	}

	public boolean notFound() {
		return status == 404;
	}

	public boolean denied() {
		return status == 403;
	}
}
