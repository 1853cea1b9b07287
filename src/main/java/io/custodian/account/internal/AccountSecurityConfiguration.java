package io.custodian.account.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The customers' chain: the account pages and the SNS flow, with their own session (cookie, not HTTP session) and
 * CSRF protection; everything but signing in needs a signed-in customer, and staff sign-ins count for nothing here.
 */
@Configuration
class AccountSecurityConfiguration {

	static final String[] PATHS = { "/account", "/account/**", "/oauth2/authorization/**", "/login/oauth2/code/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain accountSecurity(HttpSecurity http, CustomerSessionContext context,
			List<AccountChainCustomizer> customizers) throws Exception {
		http.securityMatcher(PATHS)
			.securityContext(security -> security.securityContextRepository(context))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/account/sign-in", "/account/sign-in/**", "/oauth2/authorization/**",
						"/login/oauth2/code/**")
				.permitAll()
				.anyRequest().hasAuthority(CustomerSessionContext.ROLE))
			.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/account/sign-in")))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny()));
		for (var customizer : customizers) {
			customizer.customize(http);
		}
		return http.build();
	}
}
