package io.custodian.collect.web;

import java.io.IOException;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.WireFormat;
import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.HitPipeline.Outcome;
import io.custodian.collect.internal.HitPipeline;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads a {@code /api/v1/collect} request (one hit or a batch) and stores it through the pipeline. */
@Component
class CollectRequests {

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectSettings settings;

	private final JsonMapper json;

	CollectRequests(HitPipeline pipeline, ClientContexts clients, CollectSettings settings, JsonMapper json) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.settings = settings;
		this.json = json;
	}

	Outcome collect(HttpServletRequest request) throws IOException {
		var body = RequestBodies.json(json, RequestBodies.read(request, settings.maxBodyBytes()));
		var notes = new FieldNotes(WireFormat.CUSTODIAN);
		return pipeline.collect(JsonHits.read(body, settings.maxBatchHits(), notes), clients.from(request), notes);
	}
}
