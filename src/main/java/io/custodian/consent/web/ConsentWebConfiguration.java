package io.custodian.consent.web;

import io.custodian.security.PublicEndpoints;
import io.custodian.security.PublicWriteLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The banner's endpoints are public and answer any origin; the back-end check carries its own site token; writes are
 * limited per address.
 */
@Configuration
class ConsentWebConfiguration implements WebMvcConfigurer {

	private final PublicWriteLimit writeLimit;

	ConsentWebConfiguration(PublicWriteLimit writeLimit) {
		this.writeLimit = writeLimit;
	}

	@Bean
	PublicEndpoints consentEndpoints() {
		return PublicEndpoints.of("/consent.js", "/consent-*.js", "/api/v1/consent/**", "/.well-known/gpc.json", "/consent/*/cookies");
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/v1/consent/**").allowedOriginPatterns("*").allowedMethods("GET", "POST", "OPTIONS")
			.allowedHeaders("*").exposedHeaders("Retry-After").allowCredentials(false).maxAge(86400);
		registry.addMapping("/.well-known/gpc.json").allowedOriginPatterns("*").allowedMethods("GET");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(writeLimit).addPathPatterns("/api/v1/consent/**");
	}
}
