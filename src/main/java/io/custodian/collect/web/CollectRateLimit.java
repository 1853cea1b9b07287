package io.custodian.collect.web;

import java.io.IOException;
import java.time.Duration;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.internal.enrich.ClientAddressResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** A token bucket per client address on the collection endpoints; an empty bucket answers 429 with Retry-After. */
class CollectRateLimit implements HandlerInterceptor {

	private final CollectSettings settings;

	private final AddressBuckets buckets;

	CollectRateLimit(CollectSettings settings, ClientAddressResolver addresses) {
		this.settings = settings;
		this.buckets = new AddressBuckets(addresses, settings.rateLimitBurst(), settings.rateLimitPerSecond(),
				Duration.ofSeconds(1), "Too many hits from this address; slow down");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		return admit(request, response);
	}

	/** Whether the request may go on; if not, the 429 problem has been written. */
	boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if ("OPTIONS".equals(request.getMethod()) || settings.rateLimitPerSecond() <= 0) {
			return true;
		}
		return buckets.admit(request, response);
	}
}
