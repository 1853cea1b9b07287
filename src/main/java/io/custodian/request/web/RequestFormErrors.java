package io.custodian.request.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.custodian.customer.CustomerField;
import io.custodian.request.RequestType;
import io.custodian.system.InvalidInput;

/** What is wrong with a request form, by field, in the visitor's language. */
final class RequestFormErrors {

	private RequestFormErrors() {
	}

	/** The form's errors, empty when the desk can take it; {@code chosenType} is null when none was chosen. */
	static LinkedHashMap<String, String> check(RequestForm form, String chosenType, PageTexts t) {
		var errors = new LinkedHashMap<String, String>();
		if (!CustomerField.EMAIL.validate(form.email()).isValid()) {
			errors.put("email", t.get("error.email"));
		}
		if (chosenType != null && RequestType.fromId(chosenType).isEmpty() || chosenType == null && form.message().isBlank()) {
			errors.put("type", t.get("error.type"));
		}
		if (form.message().length() > 10_000) {
			errors.put("message", t.get("error.message"));
		}
		if (RequestForm.changesDetails(chosenType)) {
			if (form.changes().isEmpty()) {
				errors.put("changes", t.get("error.changes"));
			}
			form.changes().forEach((field, value) -> CustomerField.fromKey(field).map(f -> f.validate(value))
				.filter(v -> !v.isValid())
				.ifPresent(v -> errors.put("change." + field, t.get("error.invalid", v.reason()))));
		}
		if ("deletion".equals(chosenType) && form.fields().isEmpty()) {
			errors.put("fields", t.get("error.fields"));
		}
		return errors;
	}

	/** Adds the desk's refusal to the errors, keeping an error a field already has. */
	static void addRefusal(Map<String, String> errors, InvalidInput refusal, PageTexts t) {
		refusal.errors().forEach(error -> errors.merge(error.field(), switch (error.field()) {
			case "email" -> t.get("error.email");
			case "type" -> t.get("error.type");
			case "message" -> t.get("error.message");
			case "site" -> t.get("error.site");
			default -> t.get("error.invalid", error.reason());
		}, (a, b) -> a));
	}
}
