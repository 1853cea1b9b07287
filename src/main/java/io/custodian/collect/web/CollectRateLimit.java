package io.custodian.collect.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.internal.enrich.ClientAddressResolver;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/** A token bucket per client address on the collection endpoints; an empty bucket answers 429 with Retry-After. */
class CollectRateLimit implements HandlerInterceptor {

	private static final int MAX_TRACKED = 200_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final CollectSettings settings;

	private final ClientAddressResolver addresses;

	CollectRateLimit(CollectSettings settings, ClientAddressResolver addresses) {
		this.settings = settings;
		this.addresses = addresses;
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
		var key = addresses.resolve(request).map(a -> a.getHostAddress()).orElse("unknown");
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		var bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(settings.rateLimitBurst())
				.refillGreedy(settings.rateLimitPerSecond(), Duration.ofSeconds(1)))
			.build());
		if (bucket.tryConsume(1)) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", "1");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
				+ "\"detail\":\"Too many hits from this address; slow down\"}");
		return false;
	}
}
