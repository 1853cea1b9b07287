package io.custodian.collect.web.umami;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.collect.WireFormat;
import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.HitPipeline;
import io.custodian.collect.web.ClientContexts;
import io.custodian.collect.web.CollectBodies;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Umami's send endpoint: {@code {"type":"event","payload":{…}}} as application/json (the browser preflights it; the
 * CORS configuration answers). The answer carries an opaque cache token that the tracker sends back in
 * {@code x-umami-cache}; Custodian ignores it on input. See docs/compat.md §3.
 */
@RestController
@Tag(name = "Collection")
class UmamiController {

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectBodies bodies;

	private final Sites sites;

	UmamiController(HitPipeline pipeline, ClientContexts clients, CollectBodies bodies, Sites sites) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.bodies = bodies;
		this.sites = sites;
	}

	@PostMapping("/api/send")
	@Operation(summary = "Umami send API: {\"type\":\"event\",\"payload\":{\"website\",\"url\",\"hostname\",…}}")
	ResponseEntity<Map<String, Object>> send(HttpServletRequest request) throws IOException {
		var notes = new FieldNotes(WireFormat.UMAMI);
		var envelope = UmamiEnvelope.read(bodies.json(request), notes);
		if (envelope.storesNothing()) {
			if (sites.find(UUID.fromString(envelope.website())).isEmpty()) {
				throw new InvalidInput("payload.website", "is not a registered site");
			}
			return UmamiAnswers.accepted();
		}
		var hit = UmamiHits.read(envelope, notes);
		var outcome = pipeline.collect(List.of(hit), clients.from(request), notes);
		return outcome.bots() > 0 ? UmamiAnswers.bot() : UmamiAnswers.accepted();
	}
}
