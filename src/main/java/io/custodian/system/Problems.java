package io.custodian.system;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Factory for the RFC 9457 problems Custodian answers with. */
public final class Problems {

	private Problems() {
	}

	public static ErrorResponseException of(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

	public static ErrorResponseException notFound(String what) {
		return of(HttpStatus.NOT_FOUND, "Not found", what + " does not exist");
	}

	public static ErrorResponseException conflict(String detail) {
		return of(HttpStatus.CONFLICT, "Conflict", detail);
	}

	public static ErrorResponseException forbidden(String reason, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setTitle("Forbidden");
		problem.setProperty("reason", reason);
		return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
	}

	static String describe(List<InvalidInput.FieldError> errors) {
		return errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; "));
	}
}
