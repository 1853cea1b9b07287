package io.custodian.history.internal;

import java.util.List;

import io.custodian.history.ImportStatus.RowProblem;
import io.custodian.system.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload that cannot be imported at all (archive, file, header or CSV structure); nothing of it is written. */
final class ImportFailure extends RuntimeException {

	private final RowProblem problem;

	ImportFailure(String file, long row, String column, String reason) {
		super(new RowProblem(file, row, column, reason).toString());
		this.problem = new RowProblem(file, row, column, reason);
	}

	RowProblem problem() {
		return problem;
	}

	/** The 400 problem: {@code errors} names the field "file", and file, row and column are properties of their own. */
	ErrorResponseException toProblem() {
		var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "file: " + getMessage());
		body.setTitle("Invalid input");
		body.setProperty("errors", List.of(new InvalidInput.FieldError("file", getMessage())));
		var invalid = new ErrorResponseException(HttpStatus.BAD_REQUEST, body, null);
		invalid.getBody().setProperty("file", problem.file());
		if (problem.row() > 0) {
			invalid.getBody().setProperty("row", problem.row());
		}
		if (problem.column() != null) {
			invalid.getBody().setProperty("column", problem.column());
		}
		return invalid;
	}
}
