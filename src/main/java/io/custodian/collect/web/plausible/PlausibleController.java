package io.custodian.collect.web.plausible;

import java.io.IOException;

import io.custodian.collect.WireFormat;
import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.HitPipeline;
import io.custodian.collect.web.ClientContexts;
import io.custodian.collect.web.CollectBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plausible's events endpoint: one JSON event (sent as text/plain by the tracker, application/json by API clients)
 * with short keys or their long aliases. See docs/compat.md §2.
 */
@RestController
@Tag(name = "Collection")
class PlausibleController {

	static final String DROPPED = "x-plausible-dropped";

	private static final MediaType TEXT_UTF8 = MediaType.parseMediaType("text/plain;charset=utf-8");

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectBodies bodies;

	private final PlausibleEventReader reader;

	private final PlausibleSites sites;

	PlausibleController(HitPipeline pipeline, ClientContexts clients, CollectBodies bodies, PlausibleEventReader reader,
			PlausibleSites sites) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.bodies = bodies;
		this.reader = reader;
		this.sites = sites;
	}

	@PostMapping("/api/event")
	@Operation(summary = "Plausible events API: {\"n\",\"u\",\"d\",\"r\",\"p\",…} as text/plain or application/json")
	ResponseEntity<String> event(HttpServletRequest request) throws IOException {
		var notes = new FieldNotes(WireFormat.PLAUSIBLE);
		var event = reader.read(bodies.json(request), notes);
		var targets = sites.of(event.domains());
		var hits = targets.sites().stream().map(event::hitFor).toList();
		var outcome = pipeline.collect(hits, clients.from(request), notes);
		int dropped = targets.unknown() + outcome.excluded() + outcome.bots();
		var response = ResponseEntity.accepted().contentType(TEXT_UTF8).cacheControl(CacheControl.noStore());
		if (dropped > 0) {
			response.header(DROPPED, Integer.toString(dropped));
		}
		return response.body("ok");
	}
}
