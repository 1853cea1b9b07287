package io.custodian.system;

import java.util.List;

import java.util.ArrayList;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
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

	/** The field errors Bean Validation or binding found, named by field ({@code body} for the whole object). */
	public static List<FieldError> from(Errors errors) {
		var found = new ArrayList<FieldError>();
		errors.getGlobalErrors().forEach(e -> found.add(new FieldError("body", e.getDefaultMessage())));
		errors.getFieldErrors().forEach(e -> found.add(new FieldError(e.getField(),
				e.isBindingFailure() ? "is not a valid value" : e.getDefaultMessage())));
		return found;
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
