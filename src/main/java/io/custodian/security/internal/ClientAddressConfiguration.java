package io.custodian.security.internal;

import io.custodian.security.ClientAddressResolver;
import io.custodian.security.ClientAddressSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one resolver of client addresses, with the trusted proxies of {@link ClientAddressSettings}. */
@Configuration
class ClientAddressConfiguration {

	@Bean
	ClientAddressResolver clientAddressResolver(ClientAddressSettings settings) {
		return new ClientAddressResolver(settings.trustedProxies());
	}

	@Bean
	ClientAddressDetails clientAddressDetails(ClientAddressResolver addresses) {
		return new ClientAddressDetails(addresses);
	}
}
