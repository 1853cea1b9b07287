package io.custodian.system.web;

import java.net.URI;
import java.util.List;

import io.custodian.system.InvalidInput.FieldError;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors no controller handled (unknown paths, wrong methods or media types): a problem detail for the API and
 * the collection endpoints, the console's error page for people.
 */
@Controller
class ErrorPages implements ErrorController {

	/** Request attribute: the name of the input a 400 refused, when whoever refused it knew. */
	static final String INVALID_FIELD = ErrorPages.class.getName() + ".field";

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		if (isApi(request)) {
			return "forward:/error/problem";
		}
		model.addAttribute("status", status(request).value());
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		return problemOf(request);
	}

	@RequestMapping("/error/problem")
	ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
		return problemOf(request);
	}

	private static ResponseEntity<ProblemDetail> problemOf(HttpServletRequest request) {
		var status = status(request);
		var problem = ProblemDetail.forStatusAndDetail(status, detail(status));
		problem.setTitle(status.getReasonPhrase());
		var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri));
		}
		if (status == HttpStatus.BAD_REQUEST) {
			var field = request.getAttribute(INVALID_FIELD) instanceof String name ? name : "request";
			var reason = "parameters".equals(field) ? "could not be read: not valid UTF-8, malformed or too large"
					: "is not a valid request";
			problem.setDetail(field + ": " + reason);
			problem.setProperty("errors", List.of(new FieldError(field, reason)));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && (uri.startsWith("/api/") || uri.endsWith(".php"));
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		var status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method";
			case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept that content type";
			case INTERNAL_SERVER_ERROR -> "The request could not be completed; nothing was changed";
			default -> status.getReasonPhrase();
		};
	}
}
