package io.custodian.collect.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAgentsTests {

	private static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

	@Test
	void hitsThatComeBeforeTheApplicationIsReadyStartTheParserAndWaitForIt() {
		var userAgents = new UserAgents(100);

		var first = CompletableFuture.supplyAsync(() -> userAgents.parse(Map.of("User-Agent", CHROME_WINDOWS), null));
		var second = userAgents.parse(Map.of("User-Agent", "curl/8.5.0"), null);
		userAgents.build();

		assertThat(first.join().browserName()).isEqualTo("Chrome");
		assertThat(second.bot()).isTrue();
	}
}
