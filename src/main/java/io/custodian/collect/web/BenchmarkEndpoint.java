package io.custodian.collect.web;

import java.io.IOException;

import io.custodian.collect.CollectSettings;
import io.custodian.security.PublicEndpoints;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "bare endpoints in the same server" for {@code bench/run}: each reads the body the way collection does and
 * answers 204 — {@code /api/v1/collect/noop} as a Spring MVC endpoint, {@code /api/v1/collect/noop-direct} from the
 * same place in the filter chain as {@link DirectCollectFilter} — so the benchmark can compare the full pipeline with
 * HTTP and body reading alone. Exists only under the {@code bench} profile, which {@code bench/run} activates; never
 * activate it in production.
 */
@RestController
@Hidden
@Profile("bench")
class BenchmarkEndpoint {

	private final CollectSettings settings;

	BenchmarkEndpoint(CollectSettings settings) {
		this.settings = settings;
	}

	@Bean
	static PublicEndpoints benchmarkEndpoints() {
		return PublicEndpoints.unfiltered("/api/v1/collect/noop", "/api/v1/collect/noop-direct");
	}

	@Bean
	FilterRegistrationBean<HttpFilter> directNoop() {
		var registration = new FilterRegistrationBean<HttpFilter>(new HttpFilter() {
			@Override
			protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws IOException {
				RequestBodies.read(request, settings.maxBodyBytes());
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
		});
		registration.addUrlPatterns("/api/v1/collect/noop-direct");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@PostMapping("/api/v1/collect/noop")
	ResponseEntity<Void> noop(HttpServletRequest request) throws IOException {
		RequestBodies.read(request, settings.maxBodyBytes());
		return ResponseEntity.noContent().build();
	}
}
