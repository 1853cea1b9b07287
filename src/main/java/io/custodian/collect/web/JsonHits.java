package io.custodian.collect.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.IncomingHit;
import io.custodian.collect.internal.IncomingHit.SiteRef;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads Custodian's own hit format (one hit, or {@code {"hits":[…]}}): a wrong type of a required field ({@code site},
 * {@code type}, {@code url}, an action's {@code name}) is refused by field; of an optional one, dropped and noted.
 */
final class JsonHits {

	private static final Set<String> REQUIRED = Set.of("site", "type", "url", "name");

	private final List<FieldError> errors = new ArrayList<>();

	private final FieldNotes notes;

	private String prefix = "";

	private JsonHits(FieldNotes notes) {
		this.notes = notes;
	}

	static List<IncomingHit> read(JsonNode body, int maxHits, FieldNotes notes) {
		var reader = new JsonHits(notes);
		var hits = new ArrayList<IncomingHit>();
		if (body == null || !body.isObject()) {
			throw new InvalidInput("body", "must be a JSON object: one hit, or {\"hits\": [...]}");
		}
		if (body.has("hits")) {
			var array = body.get("hits");
			if (!array.isArray() || array.isEmpty() || array.size() > maxHits) {
				throw new InvalidInput("hits", "must be an array of 1 to " + maxHits + " hits");
			}
			for (int i = 0; i < array.size(); i++) {
				reader.prefix = "hits[" + i + "].";
				hits.add(reader.hit(array.get(i)));
			}
		}
		else {
			hits.add(reader.hit(body));
		}
		if (!reader.errors.isEmpty()) {
			throw new InvalidInput(reader.errors);
		}
		return hits;
	}

	private IncomingHit hit(JsonNode node) {
		if (!node.isObject()) {
			errors.add(new FieldError(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "must be an object"));
			return null;
		}
		var ts = number(node, "ts");
		return new IncomingHit(SiteRef.byId(text(node, "site")), text(node, "type"), text(node, "url"),
				text(node, "title"), text(node, "referrer"), text(node, "screen"), text(node, "language"),
				text(node, "pageview"), ts == null ? null : Instant.ofEpochMilli(ts), text(node, "visitor"),
				text(node, "session"), text(node, "consent"), integer(node, "engagedMs"), action(node.get("action")),
				ClientHints.read(node.get("hints")), null, null);
	}

	private IncomingHit.Action action(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			errors.add(new FieldError(prefix + "action", "must be an object"));
			return null;
		}
		Map<String, Object> props = null;
		var propsNode = node.get("props");
		if (propsNode != null && !propsNode.isNull()) {
			if (!propsNode.isObject()) {
				notes.dropped("action.props");
			}
			else {
				props = new LinkedHashMap<>();
				for (var entry : propsNode.properties()) {
					props.put(entry.getKey(), scalar(entry.getValue()));
				}
			}
		}
		return new IncomingHit.Action(text(node, "name"), text(node, "kind"), text(node, "target"), props);
	}

	private Object scalar(JsonNode value) {
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isNumber()) {
			return value.numberValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return value.isNull() ? null : value.toString();
	}

	private String text(JsonNode node, String field) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			if (REQUIRED.contains(field)) {
				errors.add(new FieldError(prefix + field, "must be a string"));
			}
			else {
				notes.dropped(field);
			}
			return null;
		}
		return value.stringValue();
	}

	private Long number(JsonNode node, String field) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			notes.dropped(field);
			return null;
		}
		return value.longValue();
	}

	private Integer integer(JsonNode node, String field) {
		var value = number(node, field);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			notes.dropped(field);
			return null;
		}
		return value == null ? null : value.intValue();
	}
}
