package io.custodian.collect.web;

import io.custodian.collect.CollectSettings;
import io.custodian.security.CollectRateLimit;
import io.custodian.security.PublicEndpoints;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Collection endpoints are public, answer any origin (sites embed the tracker) and are rate-limited per address. */
@Configuration
class CollectWebConfiguration implements WebMvcConfigurer {

	static final String[] COLLECTION_PATHS = { "/api/v1/collect", "/matomo.php", "/piwik.php", "/api/event",
			"/api/send" };

	private final CollectSettings settings;

	private final CollectRateLimit rateLimit;

	CollectWebConfiguration(CollectSettings settings, CollectRateLimit rateLimit) {
		this.settings = settings;
		this.rateLimit = rateLimit;
	}

	@Bean
	FilterRegistrationBean<DirectCollectFilter> directCollectFilter(CollectRequests requests, JsonMapper json,
			MeterRegistry meters) {
		var registration = new FilterRegistrationBean<>(new DirectCollectFilter(requests, rateLimit, json, meters));
		registration.addUrlPatterns("/api/v1/collect");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setEnabled(settings.directRoute());
		return registration;
	}

	@Bean
	PublicEndpoints collectionEndpoints() {
		return PublicEndpoints.unfiltered(COLLECTION_PATHS);
	}

	@Bean
	PublicEndpoints trackerScripts() {
		return PublicEndpoints.of("/t.js", "/t-*.js", "/matomo.js", "/piwik.js");
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
		registry.addInterceptor(rateLimit).addPathPatterns(COLLECTION_PATHS);
	}
}
