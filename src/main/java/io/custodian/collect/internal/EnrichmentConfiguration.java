package io.custodian.collect.internal;

import java.util.Optional;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.internal.enrich.GeoLocator;
import io.custodian.collect.internal.enrich.IpAnonymizer;
import io.custodian.collect.internal.enrich.ReferrerClassifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enrichment components, one instance each, configured from {@link CollectSettings}. */
@Configuration
class EnrichmentConfiguration {

	@Bean
	UserAgents userAgents(CollectSettings settings) {
		return new UserAgents(settings.userAgentCacheSize());
	}

	@Bean(destroyMethod = "close")
	GeoLocator geoLocator(CollectSettings settings) {
		return new GeoLocator(Optional.ofNullable(settings.geoipDatabase()));
	}

	@Bean
	IpAnonymizer ipAnonymizer(CollectSettings settings) {
		return new IpAnonymizer(settings.ipv4Prefix(), settings.ipv6Prefix(), settings.dropIp());
	}

	@Bean
	ReferrerClassifier referrerClassifier() {
		return new ReferrerClassifier();
	}
}
