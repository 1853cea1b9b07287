package io.custodian.collect.web.umami;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.collect.internal.FieldNotes;
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

	/**
	 * Reads the payload; a missing or malformed url or event name refuses it. Odd optional fields (a title, screen,
	 * language or referrer that is not a string, a timestamp or engagement out of range, data that is not an object)
	 * are dropped and noted; their content is tidied by the pipeline.
	 */
	static IncomingHit read(UmamiEnvelope envelope, FieldNotes notes) {
		var payload = envelope.payload();
		var hostname = envelope.hostname();
		var errors = new ArrayList<FieldError>();
		var url = UmamiText.absolute(CompatFields.text(payload, "url", "payload.url", errors), hostname);
		var referrer = CompatFields.referrer(UmamiText.absolute(
				CompatFields.optionalText(payload, "referrer", "payload.referrer", notes), hostname));
		var title = UmamiText.decode(CompatFields.optionalText(payload, "title", "payload.title", notes));
		var screen = UmamiText.emptyToNull(CompatFields.optionalText(payload, "screen", "payload.screen", notes));
		var language = UmamiText.emptyToNull(CompatFields.optionalText(payload, "language", "payload.language", notes));
		var name = CompatFields.text(payload, "name", "payload.name", errors);
		var timestamp = CompatFields.optionalInteger(payload, "timestamp", "payload.timestamp", notes);
		if (timestamp != null && (timestamp < 0 || timestamp > 100_000_000_000L)) {
			notes.dropped("payload.timestamp");
			timestamp = null;
		}
		boolean engagement = "engagement".equals(envelope.type());
		var engagedMs = engagement ? engagedMs(payload, notes) : null;
		var action = !engagement && name != null ? action(name, payload, errors, notes) : null;
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var type = engagement ? IncomingHit.ENGAGEMENT : name != null ? IncomingHit.ACTION : IncomingHit.PAGEVIEW;
		return new IncomingHit(SiteRef.byId(envelope.website()), type, url, title, referrer, screen, language, null,
				timestamp == null ? null : Instant.ofEpochSecond(timestamp), null, null, null, engagedMs, action, null,
				null, null);
	}

	private static Integer engagedMs(JsonNode payload, FieldNotes notes) {
		var engagement = CompatFields.optionalInteger(payload, "engagement", "payload.engagement", notes);
		if (engagement != null && (engagement < 0 || engagement > MAX_ENGAGEMENT_MS)) {
			notes.dropped("payload.engagement");
			return null;
		}
		return engagement == null ? null : engagement.intValue();
	}

	private static IncomingHit.Action action(String name, JsonNode payload, List<FieldError> errors, FieldNotes notes) {
		if (name.isBlank() || name.length() > MAX_NAME) {
			errors.add(new FieldError("payload.name", "must be 1 to " + MAX_NAME + " characters"));
		}
		else if ("=+-@\t\r".indexOf(name.charAt(0)) >= 0) {
			errors.add(new FieldError("payload.name", "must not start with = + - @ or a tab"));
		}
		return new IncomingHit.Action(name, "custom", null, data(payload.get("data"), notes));
	}

	/** Event data: nested values are kept as their JSON text; the pipeline keeps the first 30 and cuts long values. */
	private static Map<String, Object> data(JsonNode node, FieldNotes notes) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			notes.dropped("payload.data");
			return null;
		}
		var props = new LinkedHashMap<String, Object>();
		for (var entry : node.properties()) {
			props.put(entry.getKey(), CompatFields.scalar(entry.getValue()));
		}
		return props;
	}
}
