package io.custodian.collect.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import io.custodian.collect.internal.enrich.ClientAddressResolver;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A token bucket per client address; an empty bucket answers 429 with Retry-After and a problem naming the limit. */
final class AddressBuckets {

	private static final int MAX_TRACKED = 200_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final ClientAddressResolver addresses;

	private final long capacity;

	private final long refill;

	private final Duration period;

	private final String detail;

	AddressBuckets(ClientAddressResolver addresses, long capacity, long refill, Duration period, String detail) {
		this.addresses = addresses;
		this.capacity = capacity;
		this.refill = refill;
		this.period = period;
		this.detail = detail;
	}

	/** Whether the request may go on; if not, the 429 problem has been written. */
	boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var key = addresses.resolve(request).map(a -> a.getHostAddress()).orElse("unknown");
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		var bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period))
			.build());
		if (bucket.tryConsume(1)) {
			return true;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(Math.max(1, period.toSeconds() / Math.max(1, refill))));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
				+ "\"detail\":\"" + detail + "\"}");
		return false;
	}
}
