package io.custodian.request.web;

import io.custodian.security.PublicWriteLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Anyone may look up a request's status by its link or id, so each look-up counts against the same per-address
 * allowance as a public write ({@link PublicWriteLimit}): beyond it a 429 with {@code Retry-After}.
 */
final class StatusReadLimit implements HandlerInterceptor {

	private final PublicWriteLimit writeLimit;

	StatusReadLimit(PublicWriteLimit writeLimit) {
		this.writeLimit = writeLimit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		return writeLimit.preHandle(new CountedRead(request), response, handler);
	}

	/** A read the write limit counts as one of its writes. */
	private static final class CountedRead extends HttpServletRequestWrapper {

		CountedRead(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "POST";
		}
	}
}
