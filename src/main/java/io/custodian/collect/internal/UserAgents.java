package io.custodian.collect.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.custodian.collect.internal.enrich.ClientInfo;
import io.custodian.collect.internal.enrich.UserAgentData;
import io.custodian.collect.internal.enrich.UserAgentEnricher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The user-agent parser, built in the background once the application is ready (it takes seconds, off the startup
 * path); a hit that comes sooner starts the build if needed and waits for it.
 */
class UserAgents {

	private final int cacheSize;

	private final CompletableFuture<UserAgentEnricher> enricher = new CompletableFuture<>();

	private final AtomicBoolean building = new AtomicBoolean();

	UserAgents(int cacheSize) {
		this.cacheSize = cacheSize;
	}

	@EventListener(ApplicationReadyEvent.class)
	void build() {
		if (!building.get() && building.compareAndSet(false, true)) {
			Thread.ofPlatform().name("yauaa-init").daemon().start(() -> {
				try {
					enricher.complete(new UserAgentEnricher(cacheSize));
				}
				catch (Throwable ex) {
					enricher.completeExceptionally(ex);
				}
			});
		}
	}

	ClientInfo parse(Map<String, String> headers, UserAgentData hints) {
		build();
		return enricher.join().enrich(headers, hints);
	}
}
