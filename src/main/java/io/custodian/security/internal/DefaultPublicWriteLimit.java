package io.custodian.collect.web;

import java.time.Duration;
import java.util.Set;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.PublicWriteLimit;
import io.custodian.collect.internal.enrich.ClientAddressResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** Counts the writes to public endpoints per client address, a minute's allowance at most at once. */
@Component
class DefaultPublicWriteLimit implements PublicWriteLimit {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final CollectSettings settings;

	private final AddressBuckets buckets;

	DefaultPublicWriteLimit(CollectSettings settings, ClientAddressResolver addresses) {
		this.settings = settings;
		this.buckets = new AddressBuckets(addresses, Math.max(1, settings.publicWritesPerMinute()),
				Math.max(1, settings.publicWritesPerMinute()), Duration.ofMinutes(1),
				"Too many requests from this address; try again in a minute");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (!WRITES.contains(request.getMethod()) || settings.publicWritesPerMinute() <= 0) {
			return true;
		}
		return buckets.admit(request, response);
	}
}
