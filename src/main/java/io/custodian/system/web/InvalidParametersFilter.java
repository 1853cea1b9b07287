package io.custodian.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose query or form parameters cannot be read (not UTF-8, a form body over the size limit, broken
 * chunking) with 400 or 413 naming {@code parameters}, wherever they were first read: a security filter, a controller
 * or a template. The values are never logged.
 */
class InvalidParametersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			var invalid = invalidParameters(e);
			if (invalid == null || response.isCommitted()) {
				throw e;
			}
			response.resetBuffer();
			request.setAttribute(ErrorPages.INVALID_FIELD, "parameters");
			response.sendError(invalid.getErrorCode());
		}
	}

	static InvalidParameterException invalidParameters(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return invalid;
			}
		}
		return null;
	}
}
