package io.custodian.collect.web.umami;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.collect.internal.IncomingHit;
import io.custodian.collect.internal.IncomingHit.SiteRef;
import io.custodian.collect.web.CompatFields;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import tools.jackson.databind.JsonNode;

/** Turns an Umami event or engagement payload into a hit, refusing it with every problem found. */
final class UmamiHits {

	private static final int MAX_NAME = 50;

	private static final long MAX_ENGAGEMENT_MS = 86_400_000L;

	private UmamiHits() {
	}

	static IncomingHit read(UmamiEnvelope envelope) {
		var payload = envelope.payload();
		var hostname = envelope.hostname();
		var errors = new ArrayList<FieldError>();
		var url = UmamiText.absolute(CompatFields.text(payload, "url", "payload.url", errors), hostname);
		var referrer = CompatFields.referrer(
				UmamiText.absolute(CompatFields.text(payload, "referrer", "payload.referrer", errors), hostname));
		var title = UmamiText.decode(CompatFields.text(payload, "title", "payload.title", errors));
		var screen = UmamiText.emptyToNull(CompatFields.text(payload, "screen", "payload.screen", errors));
		var language = UmamiText.emptyToNull(CompatFields.text(payload, "language", "payload.language", errors));
		var name = CompatFields.text(payload, "name", "payload.name", errors);
		var timestamp = CompatFields.integer(payload, "timestamp", "payload.timestamp", errors);
		if (timestamp != null && (timestamp < 0 || timestamp > 100_000_000_000L)) {
			errors.add(new FieldError("payload.timestamp", "must be a unix time in seconds"));
		}
		boolean engagement = "engagement".equals(envelope.type());
		var engagedMs = engagement ? engagedMs(payload, errors) : null;
		var action = !engagement && name != null ? action(name, payload, errors) : null;
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var type = engagement ? IncomingHit.ENGAGEMENT : name != null ? IncomingHit.ACTION : IncomingHit.PAGEVIEW;
		return new IncomingHit(SiteRef.byId(envelope.website()), type, url, title, referrer, screen, language, null,
				timestamp == null ? null : Instant.ofEpochSecond(timestamp), null, null, null, engagedMs, action, null,
				null, null);
	}

	private static Integer engagedMs(JsonNode payload, List<FieldError> errors) {
		var engagement = CompatFields.integer(payload, "engagement", "payload.engagement", errors);
		if (engagement != null && (engagement < 0 || engagement > MAX_ENGAGEMENT_MS)) {
			errors.add(new FieldError("payload.engagement", "must be between 0 and 86400000 ms"));
			return null;
		}
		return engagement == null ? null : engagement.intValue();
	}

	private static IncomingHit.Action action(String name, JsonNode payload, List<FieldError> errors) {
		if (name.isBlank() || name.length() > MAX_NAME) {
			errors.add(new FieldError("payload.name", "must be 1 to " + MAX_NAME + " characters"));
		}
		else if ("=+-@\t\r".indexOf(name.charAt(0)) >= 0) {
			errors.add(new FieldError("payload.name", "must not start with = + - @ or a tab"));
		}
		return new IncomingHit.Action(name, "custom", null, data(payload.get("data"), errors));
	}

	/** Event data: nested values are kept as their JSON text; the pipeline enforces count and length limits. */
	private static Map<String, Object> data(JsonNode node, List<FieldError> errors) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			errors.add(new FieldError("payload.data", "must be an object"));
			return null;
		}
		var props = new LinkedHashMap<String, Object>();
		for (var entry : node.properties()) {
			props.put(entry.getKey(), CompatFields.scalar(entry.getValue()));
		}
		return props;
	}
}
