package io.custodian.disclosure.internal;

import io.custodian.security.StaffIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recipients' chain for {@code /api/v1/recipient/**}, ahead of the staff API chain: only a recipient credential
 * passes, staff passwords and tokens count for nothing here, and a credential is refused on every other path.
 */
@Configuration
class RecipientSecurityConfiguration {

	static final String PATHS = "/api/v1/recipient/**";

	@Bean
	@Order(0)
	SecurityFilterChain recipientSecurity(HttpSecurity http, CredentialDesk credentials, JsonMapper json,
			StaffIdentity staff)
			throws Exception {
		return http.securityMatcher(PATHS)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(RecipientAuthentication.AUTHORITY))
			.addFilterBefore(new RecipientCredentialFilter(credentials, json, staff), AnonymousAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.disable())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}
}
