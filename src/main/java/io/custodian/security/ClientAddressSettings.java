package io.custodian.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Client addresses and the per-address limits of the public endpoints, under {@code custodian.collect.*} where they
 * began: the proxies whose forwarding headers are believed, hits per second (and burst) on the collection endpoints,
 * and writes per minute to the other public endpoints (0 turns a limit off).
 */
@ConfigurationProperties("custodian.collect")
public record ClientAddressSettings(List<String> trustedProxies, @DefaultValue("50") int rateLimitPerSecond,
		@DefaultValue("200") int rateLimitBurst, @DefaultValue("60") int publicWritesPerMinute) {

	public ClientAddressSettings {
		trustedProxies = trustedProxies == null ? List.of() : trustedProxies.stream().filter(p -> !p.isBlank()).toList();
	}
}
