package io.custodian.system.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Web infrastructure every endpoint shares: unreadable parameters become problems before anything logs them, refused
 * cross-origin requests are problems too, and every page's language follows {@code ?lang=} or {@code Accept-Language}.
 */
@Configuration
class SystemWebConfiguration {

	@Bean
	FilterRegistrationBean<InvalidParametersFilter> invalidParametersFilter() {
		var registration = new FilterRegistrationBean<>(new InvalidParametersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	static BeanPostProcessor problemCorsRefusals() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractHandlerMapping mapping) {
					mapping.setCorsProcessor(new ProblemCorsProcessor());
				}
				return bean;
			}
		};
	}
}
