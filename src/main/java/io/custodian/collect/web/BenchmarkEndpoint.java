package io.custodian.collect.web;

import java.io.IOException;

import io.custodian.collect.CollectSettings;
import io.custodian.security.PublicEndpoints;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The "bare endpoint in the same server" for {@code bench/run}: reads the body the way the collection endpoint does and
 * answers 204, so the benchmark can compare the full pipeline with HTTP, security filters and body reading alone.
 * Exists only when {@code custodian.bench.enabled=true}; never enable it in production.
 */
@RestController
@Hidden
@ConditionalOnBooleanProperty("custodian.bench.enabled")
class BenchmarkEndpoint {

	private final CollectSettings settings;

	BenchmarkEndpoint(CollectSettings settings) {
		this.settings = settings;
	}

	@Bean
	static PublicEndpoints benchmarkEndpoints() {
		return PublicEndpoints.unfiltered("/api/v1/collect/noop");
	}

	@PostMapping("/api/v1/collect/noop")
	ResponseEntity<Void> noop(HttpServletRequest request) throws IOException {
		RequestBodies.read(request, settings.maxBodyBytes());
		return ResponseEntity.noContent().build();
	}
}
