package io.custodian.account.web;

import io.custodian.security.PublicWriteLimit;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Anyone may ask for a sign-in link or try a code, so those calls are limited per address. */
@Configuration
class AccountWebConfiguration implements WebMvcConfigurer {

	private final PublicWriteLimit writeLimit;

	AccountWebConfiguration(PublicWriteLimit writeLimit) {
		this.writeLimit = writeLimit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(writeLimit).addPathPatterns("/account/sign-in", "/account/sign-in/**");
	}
}
