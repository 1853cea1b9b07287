package io.custodian.collect.web;

import java.io.IOException;
import java.util.Map;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.internal.HitPipeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Custodian's own collection endpoint, used by {@code /t.js}: one hit or a batch, stored before it answers. */
@RestController
@Tag(name = "Collection", description = "Public endpoints the tracker and compatible trackers send hits to")
class CollectController {

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectSettings settings;

	private final JsonMapper json;

	CollectController(HitPipeline pipeline, ClientContexts clients, CollectSettings settings, JsonMapper json) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.settings = settings;
		this.json = json;
	}

	@PostMapping("/api/v1/collect")
	@Operation(summary = "Collect one hit or {\"hits\": [...]} (up to 100); JSON sent as application/json or text/plain")
	ResponseEntity<Map<String, Integer>> collect(HttpServletRequest request) throws IOException {
		var body = RequestBodies.json(json, RequestBodies.read(request, settings.maxBodyBytes()));
		var hits = JsonHits.read(body, settings.maxBatchHits());
		var outcome = pipeline.collect(hits, clients.from(request));
		return ResponseEntity.accepted().body(Map.of("stored", outcome.stored(), "excluded", outcome.excluded()));
	}
}
