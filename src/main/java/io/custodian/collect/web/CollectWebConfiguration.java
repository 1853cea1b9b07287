package io.custodian.collect.web;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.internal.enrich.ClientAddressResolver;
import io.custodian.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Collection endpoints are public, answer any origin (sites embed the tracker) and are rate-limited per address. */
@Configuration
class CollectWebConfiguration implements WebMvcConfigurer {

	static final String[] COLLECTION_PATHS = { "/api/v1/collect", "/matomo.php", "/piwik.php", "/api/event",
			"/api/send" };

	private final CollectSettings settings;

	private final ClientAddressResolver addresses;

	CollectWebConfiguration(CollectSettings settings, ClientAddressResolver addresses) {
		this.settings = settings;
		this.addresses = addresses;
	}

	@Bean
	PublicEndpoints collectionEndpoints() {
		return PublicEndpoints.unfiltered(COLLECTION_PATHS);
	}

	@Bean
	PublicEndpoints trackerScripts() {
		return PublicEndpoints.of("/t.js", "/matomo.js", "/piwik.js");
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		for (var path : COLLECTION_PATHS) {
			registry.addMapping(path).allowedOriginPatterns("*").allowedMethods("GET", "POST", "OPTIONS")
				.allowedHeaders("*").exposedHeaders("Retry-After").allowCredentials(false).maxAge(86400);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CollectRateLimit(settings, addresses)).addPathPatterns(COLLECTION_PATHS);
	}
}
