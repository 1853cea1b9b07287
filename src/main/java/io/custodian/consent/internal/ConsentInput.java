package io.custodian.consent.internal;

import java.util.ArrayList;
import java.util.List;

import io.custodian.system.InvalidInput.FieldError;

/** Checks of staff input shared by the administration steps; each adds its findings to the given error list. */
final class ConsentInput {

	private ConsentInput() {
	}

	/** The known categories among the values, without repeats; each unknown one is reported as an error. */
	static List<String> categories(List<String> values, String field, List<FieldError> errors) {
		var result = new ArrayList<String>();
		for (var value : values) {
			if (!ConsentConfigs.ALL_CATEGORIES.contains(value)) {
				errors.add(new FieldError(field, "'" + value + "' is not one of " + ConsentConfigs.ALL_CATEGORIES));
			}
			else if (!result.contains(value)) {
				result.add(value);
			}
		}
		return result;
	}

	/** Reports a text that is missing, longer than max or holds control characters other than line breaks and tabs. */
	static void text(String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
		else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.add(new FieldError(field, "must not contain control characters"));
		}
	}
}
