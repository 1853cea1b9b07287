package io.custodian.collect.web.matomo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.WireFormat;
import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.HitPipeline;
import io.custodian.collect.web.ClientContexts;
import io.custodian.collect.web.CollectBodies;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matomo's tracking endpoint ({@code /matomo.php}, legacy {@code /piwik.php}): GET image requests, POST with the
 * parameters in the form body and/or the query (the query wins), and bulk JSON {@code {"requests":[…]}} recognised by
 * its content whatever the content type. See docs/compat.md §1.
 */
@RestController
@Tag(name = "Collection")
class MatomoController {

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectBodies bodies;

	private final MatomoHitReader reader;

	private final MatomoBulkTracking bulk;

	private final CollectSettings settings;

	MatomoController(HitPipeline pipeline, ClientContexts clients, CollectBodies bodies, MatomoHitReader reader,
			MatomoBulkTracking bulk, CollectSettings settings) {
		this.settings = settings;
		this.pipeline = pipeline;
		this.clients = clients;
		this.bodies = bodies;
		this.reader = reader;
		this.bulk = bulk;
	}

	@RequestMapping(path = { "/matomo.php", "/piwik.php" }, method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "Matomo tracking API: GET or POST (form body and/or query), or bulk JSON {\"requests\":[…]}")
	ResponseEntity<?> track(HttpServletRequest request) throws IOException {
		var query = MatomoParameters.parse(request.getQueryString(), "query");
		byte[] body = "POST".equals(request.getMethod()) ? bodies.bytes(request, settings.matomoBulkMaxBytes())
				: new byte[0];
		if (MatomoInputs.isBulk(body)) {
			return bulk.track(bodies.json(body), request);
		}
		bodies.requireCommonBound(body);
		var params = query.orElse(MatomoInputs.form(request, body));
		if (params.isEmpty()) {
			return MatomoResponses.info();
		}
		var errors = new ArrayList<FieldError>();
		var notes = new FieldNotes(WireFormat.MATOMO);
		var hit = reader.read(params, null, "", errors, notes);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (hit.hit() != null) {
			pipeline.collect(List.of(hit.hit()), clients.from(request), notes);
			reader.remember(hit);
		}
		return MatomoResponses.tracked(request, "0".equals(params.get("send_image")));
	}
}
