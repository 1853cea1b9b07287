package io.custodian.collect.web.matomo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.custodian.system.InvalidInput;
import tools.jackson.databind.JsonNode;

/**
 * The parameters of one Matomo tracking request, read from {@code a=b&c=d} strings (query, form body, bulk item) or
 * from a bulk item given as a JSON object. Empty values count as absent, as Matomo's {@code empty()} checks do.
 */
final class MatomoParameters {

	static final int MAX_PARAMETERS = 300;

	private final Map<String, String> values;

	private MatomoParameters(Map<String, String> values) {
		this.values = values;
	}

	static MatomoParameters empty() {
		return new MatomoParameters(new LinkedHashMap<>());
	}

	/** Parses {@code a=b&c=d} (URL-encoded UTF-8, {@code +} = space); a later duplicate replaces an earlier one. */
	static MatomoParameters parse(String encoded, String source) {
		var values = new LinkedHashMap<String, String>();
		if (encoded == null || encoded.isEmpty()) {
			return new MatomoParameters(values);
		}
		for (var pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			var name = decode(eq < 0 ? pair : pair.substring(0, eq), source);
			var value = eq < 0 ? "" : decode(pair.substring(eq + 1), source);
			if (!name.isEmpty()) {
				values.put(name, value);
			}
			if (values.size() > MAX_PARAMETERS) {
				throw new InvalidInput(source, "has more than " + MAX_PARAMETERS + " parameters");
			}
		}
		return new MatomoParameters(values);
	}

	/** A bulk item written as a JSON object of parameters; scalar values only. */
	static MatomoParameters fromJson(JsonNode object, String source) {
		var values = new LinkedHashMap<String, String>();
		for (var entry : object.properties()) {
			var value = entry.getValue();
			if (value.isString()) {
				values.put(entry.getKey(), value.stringValue());
			}
			else if (value.isNumber() || value.isBoolean()) {
				values.put(entry.getKey(), value.isBoolean() ? (value.booleanValue() ? "1" : "0") : value.asString());
			}
			else if (!value.isNull()) {
				throw new InvalidInput(source + "." + entry.getKey(), "must be a string or a number");
			}
			if (values.size() > MAX_PARAMETERS) {
				throw new InvalidInput(source, "has more than " + MAX_PARAMETERS + " parameters");
			}
		}
		return new MatomoParameters(values);
	}

	/** These parameters, completed by {@code other} for the names they lack (Matomo: {@code $_GET + $_POST}). */
	MatomoParameters orElse(MatomoParameters other) {
		var merged = new LinkedHashMap<>(other.values);
		merged.putAll(values);
		return new MatomoParameters(merged);
	}

	/** The value, or null when absent or blank. */
	String get(String name) {
		var value = values.get(name);
		return value == null || value.isBlank() ? null : value;
	}

	boolean has(String name) {
		return get(name) != null;
	}

	boolean isFlag(String name) {
		return "1".equals(get(name));
	}

	boolean isEmpty() {
		return values.isEmpty();
	}

	private static String decode(String value, String source) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(source, "is not valid URL encoding: " + e.getMessage());
		}
	}
}
