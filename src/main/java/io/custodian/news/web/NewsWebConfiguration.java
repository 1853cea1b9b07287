package io.custodian.news.web;

import io.custodian.security.PublicEndpoints;
import io.custodian.security.PublicWriteLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Anyone may subscribe, confirm and unsubscribe, without a login and without CSRF (the one-time token in the URL is
 * the proof, and each change is a POST); those writes are limited per address.
 */
@Configuration
class NewsWebConfiguration implements WebMvcConfigurer {

	static final String[] PUBLIC = { "/news", "/news/confirm/*", "/news/unsubscribe/*", "/api/v1/news/subscriptions" };

	private final PublicWriteLimit writeLimit;

	NewsWebConfiguration(PublicWriteLimit writeLimit) {
		this.writeLimit = writeLimit;
	}

	@Bean
	static PublicEndpoints newsEndpoints() {
		return PublicEndpoints.of(PUBLIC);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(writeLimit).addPathPatterns(PUBLIC);
	}
}
