package io.custodian.customer.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.custodian.customer.CustomerPatch;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;

/** Reads a JSON merge patch of a customer, refusing wrong types with the field named. */
final class PatchReader {

	private PatchReader() {
	}

	static CustomerPatch read(Map<String, Object> body) {
		var errors = new ArrayList<FieldError>();
		var set = new HashMap<String, String>();
		var remove = new HashSet<String>();
		var setAttributes = new HashMap<String, String>();
		var removeAttributes = new HashSet<String>();
		String source = null;
		List<String> purposes = null;
		List<String> consented = null;
		for (var entry : body.entrySet()) {
			var key = entry.getKey();
			var value = entry.getValue();
			switch (key) {
				case "source" -> source = text(key, value, errors);
				case "purposes" -> purposes = strings(key, value, errors);
				case "consentedPurposes" -> consented = strings(key, value, errors);
				case "attributes" -> attributes(value, setAttributes, removeAttributes, errors);
				default -> {
					if (value == null) {
						remove.add(key);
					}
					else if (value instanceof String s) {
						set.put(key, s);
					}
					else {
						errors.add(new FieldError(key, "must be a string, or null to remove it"));
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var patch = new CustomerPatch(set, remove, setAttributes, removeAttributes, source, purposes, consented);
		if (patch.isEmpty()) {
			throw new InvalidInput("body", "names no field to change");
		}
		return patch;
	}

	private static void attributes(Object value, Map<String, String> set, HashSet<String> remove,
			List<FieldError> errors) {
		if (!(value instanceof Map<?, ?> map)) {
			errors.add(new FieldError("attributes", "must be an object of names to strings or null"));
			return;
		}
		map.forEach((k, v) -> {
			if (v == null) {
				remove.add(String.valueOf(k));
			}
			else if (v instanceof String s) {
				set.put(String.valueOf(k), s);
			}
			else {
				errors.add(new FieldError("attributes." + k, "must be a string, or null to remove it"));
			}
		});
	}

	private static String text(String key, Object value, List<FieldError> errors) {
		if (value instanceof String s) {
			return s;
		}
		errors.add(new FieldError(key, "must be a string"));
		return null;
	}

	private static List<String> strings(String key, Object value, List<FieldError> errors) {
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return list.stream().map(String.class::cast).toList();
		}
		errors.add(new FieldError(key, "must be an array of strings"));
		return null;
	}
}
