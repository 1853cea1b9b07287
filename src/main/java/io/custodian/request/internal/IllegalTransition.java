package io.custodian.request.internal;

import io.custodian.request.RequestState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request asked to change in a way its state does not allow; answered as a 409 problem naming the state. */
class IllegalTransition extends ErrorResponseException {

	private final RequestState state;

	IllegalTransition(RequestState state, String action) {
		super(HttpStatus.CONFLICT, problem("This request is " + state.id() + ": it cannot be " + action), null);
		this.state = state;
	}

	RequestState state() {
		return state;
	}

	private static ProblemDetail problem(String detail) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Conflict");
		return problem;
	}
}
