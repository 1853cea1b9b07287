package io.custodian.security.internal;

import java.io.IOException;
import java.time.Duration;

import io.custodian.security.ClientAddressResolver;
import io.custodian.security.ClientAddressSettings;
import io.custodian.security.CollectRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** Counts the hits on the collection endpoints per client address, a burst at most at once. */
@Component
class DefaultCollectRateLimit implements CollectRateLimit {

	private final ClientAddressSettings settings;

	private final AddressBuckets buckets;

	DefaultCollectRateLimit(ClientAddressSettings settings, ClientAddressResolver addresses) {
		this.settings = settings;
		this.buckets = new AddressBuckets(addresses, Math.max(1, settings.rateLimitBurst()),
				Math.max(1, settings.rateLimitPerSecond()), Duration.ofSeconds(1),
				"Too many hits from this address; slow down");
	}

	@Override
	public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if ("OPTIONS".equals(request.getMethod()) || settings.rateLimitPerSecond() <= 0) {
			return true;
		}
		return buckets.admit(request, response);
	}
}
