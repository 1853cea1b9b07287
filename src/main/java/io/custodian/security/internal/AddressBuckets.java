package io.custodian.security.internal;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.custodian.security.ClientAddressResolver;
import io.custodian.security.IpLiterals;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A token bucket per client address; an empty bucket answers 429 with Retry-After and a problem naming the limit.
 * The buckets sit in a bounded cache that evicts one entry at a time, and drops a bucket once idle long enough to
 * have refilled.
 */
final class AddressBuckets {

	static final int TRACKED = 200_000;

	private final Cache<String, Bucket> buckets;

	private final ClientAddressResolver addresses;

	private final long capacity;

	private final long refill;

	private final Duration period;

	private final String detail;

	AddressBuckets(ClientAddressResolver addresses, long capacity, long refill, Duration period, String detail) {
		this(addresses, capacity, refill, period, detail, TRACKED);
	}

	AddressBuckets(ClientAddressResolver addresses, long capacity, long refill, Duration period, String detail,
			int tracked) {
		this.addresses = addresses;
		this.capacity = capacity;
		this.refill = refill;
		this.period = period;
		this.detail = detail;
		this.buckets = Caffeine.newBuilder().maximumSize(tracked).executor(Runnable::run)
			.expireAfterAccess(period.multipliedBy((capacity + refill - 1) / refill)).build();
	}

	/** Whether the request may go on; if not, the 429 problem has been written. */
	boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		var key = addresses.resolve(request).map(IpLiterals::format).orElse("unknown");
		var bucket = buckets.get(key, k -> Bucket.builder()
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
