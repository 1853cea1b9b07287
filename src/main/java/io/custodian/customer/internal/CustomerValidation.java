package io.custodian.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.custodian.customer.CustomerField;
import io.custodian.customer.FieldSource;
import io.custodian.purpose.Purposes;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;

/** Checks values, attributes, sources and purposes, collecting every refusal before anything is written. */
@Component
class CustomerValidation {

	static final int MAX_ATTRIBUTES = 50;

	private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

	private final Purposes purposes;

	CustomerValidation(Purposes purposes) {
		this.purposes = purposes;
	}

	Checked check(Map<String, String> values, Map<String, String> attributes, String source,
			Collection<String> collectedFor, Collection<String> consented, FieldSource defaultSource) {
		var errors = new ArrayList<FieldError>();
		var normalized = new LinkedHashMap<String, String>();
		values.forEach((key, raw) -> CustomerField.fromKey(key).ifPresentOrElse(field -> {
			var checked = field.validate(raw);
			if (checked.isValid()) {
				normalized.put(key, checked.value());
			}
			else {
				errors.add(new FieldError(key, checked.reason()));
			}
		}, () -> errors.add(new FieldError(key, "is not a customer field"))));
		normalized.putAll(checkAttributes(attributes, errors));
		var fieldSource = source == null ? defaultSource.id() : FieldSource.normalize(source).orElse(null);
		if (fieldSource == null) {
			errors.add(new FieldError("source", "must be one of " + FieldSource.ids()));
		}
		checkPurposes(collectedFor, "purposes", errors);
		checkPurposes(consented, "consentedPurposes", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Checked(normalized, fieldSource);
	}

	void checkAttributeKeys(Collection<String> keys, List<FieldError> errors) {
		keys.stream().filter(k -> k == null || !ATTRIBUTE_KEY.matcher(k).matches())
			.forEach(k -> errors.add(new FieldError("attributes." + k, "names start with a letter, then up to 63 letters, digits, . _ -")));
	}

	private Map<String, String> checkAttributes(Map<String, String> attributes, List<FieldError> errors) {
		var normalized = new LinkedHashMap<String, String>();
		if (attributes.size() > MAX_ATTRIBUTES) {
			errors.add(new FieldError("attributes", "at most " + MAX_ATTRIBUTES + " attributes"));
			return normalized;
		}
		checkAttributeKeys(attributes.keySet(), errors);
		attributes.forEach((key, value) -> {
			var name = "attributes." + key;
			if (value == null || value.isBlank()) {
				errors.add(new FieldError(name, "must not be blank"));
			}
			else if (value.length() > 1000) {
				errors.add(new FieldError(name, "must be at most 1000 characters"));
			}
			else if (hasControl(value)) {
				errors.add(new FieldError(name, "must not contain control characters"));
			}
			else {
				normalized.put(CustomerField.ATTRIBUTE_PREFIX + key, value.strip());
			}
		});
		return normalized;
	}

	private void checkPurposes(Collection<String> names, String field, List<FieldError> errors) {
		if (names == null) {
			return;
		}
		try {
			purposes.requireAll(names, field);
		}
		catch (InvalidInput e) {
			errors.addAll(e.errors());
		}
	}

	private static boolean hasControl(String value) {
		return value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n');
	}

	/** Normalized values by stored key, and the source they came from. */
	record Checked(Map<String, String> values, String source) {
	}
}
