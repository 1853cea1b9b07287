package io.custodian.collect.web.matomo;

import java.util.LinkedHashMap;
import java.util.Map;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.WireFormat;
import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.HitPipeline;
import io.custodian.collect.web.ClientContexts;
import io.custodian.collect.web.CompatFields;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Tracks a Matomo bulk request: stores the valid items, refuses the rest, and answers with Matomo's summary
 * ({@code status}, {@code tracked}, {@code invalid}; {@code invalid_indices} only for an authenticated request).
 */
@Component
class MatomoBulkTracking {

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectSettings settings;

	private final MatomoHitReader reader;

	private final MatomoTokens tokens;

	MatomoBulkTracking(HitPipeline pipeline, ClientContexts clients, CollectSettings settings, MatomoHitReader reader,
			MatomoTokens tokens) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.settings = settings;
		this.reader = reader;
		this.tokens = tokens;
	}

	ResponseEntity<?> track(JsonNode body, HttpServletRequest request) {
		var bulk = MatomoBulkRequest.read(body, settings.matomoBulkMaxRequests());
		var notes = new FieldNotes(WireFormat.MATOMO);
		var items = MatomoBulkItems.read(bulk, reader, notes);
		var partial = CompatFields.collectValid(pipeline, items.hits(), clients.from(request), notes);
		items.refuse(partial);
		items.stored(partial).forEach(reader::remember);
		int tracked = items.tracked(partial);
		return MatomoResponses.bulk(request, summary(items, tracked, tokens.isValid(bulk.token())), tracked == 0,
				bulk.noImage());
	}

	private static Map<String, Object> summary(MatomoBulkItems items, int tracked, boolean authenticated) {
		var summary = new LinkedHashMap<String, Object>();
		summary.put("status", tracked == 0 ? "error" : "success");
		summary.put("tracked", tracked);
		summary.put("invalid", items.invalid().size());
		if (authenticated) {
			summary.put("invalid_indices", items.invalid());
		}
		if (tracked == 0) {
			summary.put("errors", items.errors());
		}
		return summary;
	}
}
