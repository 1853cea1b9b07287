package io.custodian.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 (login refused before its password was checked) answers of the API as RFC 9457 problems. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (e instanceof LoginRefusedException refused) {
			response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
			write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", refused.getMessage(), request);
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Custodian\", Bearer");
		write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
				e.getMessage() == null || e instanceof org.springframework.security.authentication.InsufficientAuthenticationException
						? "Authenticate with HTTP Basic or an API token (Authorization: Bearer ...)" : e.getMessage(),
				request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role or token scopes do not allow this", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, String title, String detail,
			HttpServletRequest request) throws IOException {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		if (status == HttpStatus.FORBIDDEN) {
			problem.setProperty("reason", "scope");
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}
}
