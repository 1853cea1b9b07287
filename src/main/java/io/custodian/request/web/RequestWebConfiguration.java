package io.custodian.request.web;

import io.custodian.collect.PublicWriteLimit;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Anyone may file a privacy request or send its code, so those writes are limited per address. */
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
	}
}
