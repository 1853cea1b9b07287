package io.custodian.analytics.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an action's stored properties (a JSON object) as names and texts: numbers and booleans as written, nested
 * values and nulls left out, names and values cut to the sizes the figures keep.
 */
@Component
class ActionProperties {

	static final int MAX_NAME = io.custodian.analytics.Filter.MAX_PROPERTY;

	private final JsonMapper json;

	ActionProperties(JsonMapper json) {
		this.json = json;
	}

	Map<String, String> read(String stored) {
		if (stored == null || stored.isBlank()) {
			return Map.of();
		}
		try {
			var node = json.readTree(stored);
			if (!node.isObject()) {
				return Map.of();
			}
			var props = new LinkedHashMap<String, String>();
			for (var entry : node.properties()) {
				var value = entry.getValue();
				var name = entry.getKey();
				if (value.isValueNode() && !value.isNull() && !name.isEmpty() && name.length() <= MAX_NAME
						&& name.indexOf(':') < 0) {
					props.put(name, RollupJob.value(value.asString()));
				}
			}
			return props;
		}
		catch (JacksonException e) {
			return Map.of();
		}
	}
}
