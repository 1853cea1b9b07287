package io.custodian.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The per-address limit of the collection endpoints: beyond {@code custodian.collect.rate-limit-burst} hits at once,
 * refilled at {@code rate-limit-per-second}, one client address (behind trusted proxies) is answered 429 with
 * {@code Retry-After} and an RFC 9457 problem; preflights always pass.
 */
public interface CollectRateLimit extends HandlerInterceptor {

	/** Whether the request may go on; if not, the 429 problem has been written. */
	boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException;

	@Override
	default boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		return admit(request, response);
	}
}
