package io.custodian.security.internal;

import java.util.List;
import java.util.Map;

import io.custodian.audit.AuditTrail;
import io.custodian.security.PublicEndpoints;
import io.custodian.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP security: a stateless API chain (Basic or Bearer token) and a console chain (form login, CSRF) whose sessions
 * follow the staff member's current role and status; every 403 of a signed-in caller is audited.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(StaffDirectory staff, PasswordEncoder passwords,
			LoginThrottle throttle, AuditTrail audit) {
		var dao = new DaoAuthenticationProvider(staff);
		dao.setPasswordEncoder(passwords);
		return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, audit));
	}

	@Bean
	ProblemResponses problemResponses(JsonMapper json) {
		return new ProblemResponses(json);
	}

	/** Collection endpoints take thousands of hits a second and need neither identity nor browser headers. */
	@Bean
	WebSecurityCustomizer unfilteredEndpoints(List<PublicEndpoints> endpoints) {
		var patterns = endpoints.stream().filter(PublicEndpoints::unfiltered).flatMap(e -> e.patterns().stream())
			.distinct().toArray(String[]::new);
		return web -> {
			if (patterns.length > 0) {
				web.ignoring().requestMatchers(patterns);
			}
		};
	}

	@Bean
	@Order(0)
	SecurityFilterChain publicEndpoints(HttpSecurity http, List<PublicEndpoints> endpoints) throws Exception {
		var patterns = endpoints.stream().filter(e -> !e.unfiltered()).flatMap(e -> e.patterns().stream()).distinct()
			.toArray(String[]::new);
		if (patterns.length == 0) {
			patterns = new String[] { "/.public-endpoints-none" };
		}
		return http.securityMatcher(patterns)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// every request passes, so Spring MVC's CORS mappings answer preflights and refusals (as problems)
			.cors(cors -> cors.disable())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self'; img-src 'self' data:; "
						+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny()))
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens,
			ProblemResponses problems, AuditTrail audit, ClientAddressDetails details) throws Exception {
		return http.securityMatcher("/api/**", "/actuator/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasAuthority(Scope.STAFF_MANAGE.authority())
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems).authenticationDetailsSource(details))
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(problems)
				.accessDeniedHandler(new AuditedAccessDenials(audit, problems)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http, AuthenticationManager manager, StaffAccounts accounts,
			AuditTrail audit, ClientAddressDetails details) throws Exception {
		var failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				LoginRefusedException.class.getName(), "/login?locked"));
		failures.setDefaultFailureUrl("/login?error");
		return http.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/vendor/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failures)
				.authenticationDetailsSource(details))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.authenticationDetailsSource(details))
			.addFilterAfter(new CurrentStaffFilter(accounts), SecurityContextHolderFilter.class)
			.exceptionHandling(e -> e.accessDeniedHandler(new AuditedAccessDenials(audit, new AccessDeniedHandlerImpl())))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.build();
	}
}
