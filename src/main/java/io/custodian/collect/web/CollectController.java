package io.custodian.collect.web;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Custodian's own collection endpoint, used by {@code /t.js}: one hit or a batch, stored before it answers. With
 * {@code custodian.collect.direct-route} on (the default) {@link DirectCollectFilter} answers these requests before
 * Spring MVC; this mapping documents the endpoint and serves it when the direct route is off.
 */
@RestController
@Tag(name = "Collection", description = "Public endpoints the tracker and compatible trackers send hits to")
class CollectController {

	private final CollectRequests requests;

	CollectController(CollectRequests requests) {
		this.requests = requests;
	}

	@PostMapping("/api/v1/collect")
	@Operation(summary = "Collect one hit or {\"hits\": [...]} (up to 100); JSON sent as application/json or text/plain")
	ResponseEntity<Map<String, Integer>> collect(HttpServletRequest request) throws IOException {
		var outcome = requests.collect(request);
		return ResponseEntity.accepted().body(Map.of("stored", outcome.stored(), "excluded", outcome.excluded()));
	}
}
