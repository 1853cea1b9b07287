package io.custodian.security.internal;

import java.time.Duration;
import java.util.Set;

import io.custodian.security.ClientAddressResolver;
import io.custodian.security.ClientAddressSettings;
import io.custodian.security.PublicWriteLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** Counts the writes to public endpoints per client address, a minute's allowance at most at once. */
@Component
class DefaultPublicWriteLimit implements PublicWriteLimit {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final ClientAddressSettings settings;

	private final AddressBuckets buckets;

	DefaultPublicWriteLimit(ClientAddressSettings settings, ClientAddressResolver addresses) {
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
