package io.custodian.system.web;

import java.util.ArrayList;
import java.util.List;

import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** Turns every failure of the HTTP API into an RFC 9457 problem that names the field and the reason. */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(InvalidInput.from(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = new ArrayList<FieldError>();
		ex.getParameterValidationResults().forEach(result -> {
			if (result instanceof ParameterErrors body) {
				errors.addAll(InvalidInput.from(body));
			}
			else {
				result.getResolvableErrors().forEach(e -> errors.add(
						new FieldError(result.getMethodParameter().getParameterName(), e.getDefaultMessage())));
			}
		});
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
			var path = JsonPaths.of(jackson.getPath());
			return invalid(List.of(new FieldError(path.isEmpty() ? "body" : path, firstLine(jackson.getOriginalMessage()))));
		}
		return invalid(List.of(new FieldError("body", "the request body is missing or is not valid JSON")));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(new FieldError(ex.getParameterName(), "is required")));
	}

	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (!ex.isMissingAfterConversion()) {
			return super.handleMissingPathVariable(ex, headers, status, request);
		}
		return invalid(List.of(new FieldError(ex.getVariableName(), "is required")));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		var type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
		return invalid(List.of(new FieldError(String.valueOf(name), "is not a valid " + type)));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldError(ex.getName(), "is not a valid value")));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		var errors = ex.getConstraintViolations().stream()
			.map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Object> invalidInput(InvalidInput ex) {
		return invalid(ex.errors());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) throws Exception {
		if (ex instanceof ErrorResponseException || ex instanceof org.springframework.security.core.AuthenticationException
				|| ex instanceof org.springframework.security.access.AccessDeniedException
				|| InvalidParametersFilter.invalidParameters(ex) != null) {
			throw ex;
		}
		log.error("Unexpected failure", ex);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; nothing was changed");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	private ResponseEntity<Object> invalid(List<FieldError> errors) {
		return ResponseEntity.badRequest().body(new InvalidInput(errors).getBody());
	}


	private static String lastNode(String path) {
		var dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "is not valid";
		}
		var line = message.lines().findFirst().orElse(message).replaceAll(" \\(bound as `[^`]*`\\)", "");
		return line.length() > 200 ? line.substring(0, 200) : line;
	}
}
