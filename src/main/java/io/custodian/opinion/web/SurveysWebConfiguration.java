package io.custodian.opinion.web;

import io.custodian.security.PublicEndpoints;
import io.custodian.security.PublicWriteLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Anyone may read an open survey and answer it anonymously, without a login and without CSRF (nothing is linked to
 * anyone); those writes are limited per address. A signed-in customer answers under {@code /account/surveys}.
 */
@Configuration
class SurveysWebConfiguration implements WebMvcConfigurer {

	static final String[] PUBLIC = { "/surveys/*", "/api/v1/surveys/by-slug/*", "/api/v1/surveys/by-slug/*/answers" };

	private final PublicWriteLimit writeLimit;

	SurveysWebConfiguration(PublicWriteLimit writeLimit) {
		this.writeLimit = writeLimit;
	}

	@Bean
	static PublicEndpoints surveyEndpoints() {
		return PublicEndpoints.of(PUBLIC);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(writeLimit).addPathPatterns(PUBLIC);
	}
}
