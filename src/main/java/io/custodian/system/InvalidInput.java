package io.custodian.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 problem naming each offending field and the reason it was refused. */
public class InvalidInput extends ErrorResponseException {

	private final List<FieldError> errors;

	public InvalidInput(String field, String reason) {
		this(List.of(new FieldError(field, reason)));
	}

	public InvalidInput(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	private static ProblemDetail problem(List<FieldError> errors) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Problems.describe(errors));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}

	/** One refused field and why. */
	public record FieldError(String field, String reason) {
	}
}
