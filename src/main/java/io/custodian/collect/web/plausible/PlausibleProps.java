package io.custodian.collect.web.plausible;

import java.util.LinkedHashMap;
import java.util.Map;

import io.custodian.collect.internal.FieldNotes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Plausible event's custom properties ({@code p}, {@code props}, {@code m} or {@code meta}; an object or its JSON
 * text), by Plausible's rules: list and map values and blank keys or values are dropped; the first 30 are kept.
 */
final class PlausibleProps {

	private static final int MAX_PROPS = 30;

	private PlausibleProps() {
	}

	/** The kept properties; props that are neither an object nor its JSON text are dropped (noted as {@code props}). */
	static Map<String, Object> read(JsonMapper json, JsonNode body, FieldNotes notes) {
		var field = body.has("p") ? "p" : body.has("props") ? "props" : body.has("m") ? "m" : "meta";
		var node = body.get(field);
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (node.isString()) {
			if (node.stringValue().isBlank()) {
				return Map.of();
			}
			node = parse(json, node.stringValue());
		}
		if (node == null || !node.isObject()) {
			notes.dropped("props");
			return Map.of();
		}
		return kept(node);
	}

	private static JsonNode parse(JsonMapper json, String text) {
		try {
			return json.readTree(text);
		}
		catch (JacksonException e) {
			return null;
		}
	}

	private static Map<String, Object> kept(JsonNode node) {
		var props = new LinkedHashMap<String, Object>();
		for (var entry : node.properties()) {
			var value = entry.getValue();
			if (props.size() == MAX_PROPS) {
				break;
			}
			if (entry.getKey().isBlank() || value.isNull() || value.isContainer()
					|| value.isString() && value.stringValue().isBlank()) {
				continue;
			}
			props.put(entry.getKey(), value.isString() ? value.stringValue() : value.asString());
		}
		return props;
	}
}
