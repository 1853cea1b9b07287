package io.custodian.collect.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.custodian.collect.internal.enrich.ClientInfo;
import io.custodian.collect.internal.enrich.UserAgentData;
import io.custodian.collect.internal.enrich.UserAgentEnricher;

/** The user-agent parser, built in the background at startup (it takes seconds) and awaited on first use. */
class UserAgents {

	private final CompletableFuture<UserAgentEnricher> enricher;

	UserAgents(int cacheSize) {
		this.enricher = CompletableFuture.supplyAsync(() -> new UserAgentEnricher(cacheSize),
				runnable -> Thread.ofPlatform().name("yauaa-init").daemon().start(runnable));
	}

	ClientInfo parse(Map<String, String> headers, UserAgentData hints) {
		return enricher.join().enrich(headers, hints);
	}
}
