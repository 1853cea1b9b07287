package io.custodian.request.web;

import io.custodian.security.PublicWriteLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Anyone may file a privacy request, send its code or look up its status, so those calls are limited per address;
 * and every body sent to the desk is bounded ({@link DeskBodyLimit}).
 */
@Configuration
class RequestWebConfiguration implements WebMvcConfigurer {

	private final PublicWriteLimit writeLimit;

	RequestWebConfiguration(PublicWriteLimit writeLimit) {
		this.writeLimit = writeLimit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(writeLimit)
			.addPathPatterns("/api/v1/privacy-requests", "/api/v1/privacy-requests/**", "/privacy/**");
		registry.addInterceptor(new StatusReadLimit(writeLimit))
			.addPathPatterns("/privacy/requests/*", "/api/v1/privacy-requests/*/status");
	}

	@Bean
	FilterRegistrationBean<DeskBodyLimit> deskBodyLimit() {
		var registration = new FilterRegistrationBean<>(new DeskBodyLimit());
		registration.addUrlPatterns("/api/v1/privacy-requests", "/api/v1/privacy-requests/*", "/privacy/*");
		return registration;
	}
}
