package io.custodian.request.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.request.NewRequest;

/** The privacy center's request form as typed, shown again when something needs fixing. */
record RequestForm(String email, String type, String message, Map<String, String> changes, List<String> fields) {

	/** The details a requester can correct, add or delete through the form. */
	static final List<String> FIELDS = List.of("name", "phone", "company", "postalAddress", "country", "preferredLanguage");

	static RequestForm empty() {
		return new RequestForm("", null, "", Map.of(), List.of());
	}

	/** The form from its parameters: {@code change.<field>} values that are not blank, deletions of known fields. */
	static RequestForm of(String email, String type, String message, List<String> fields, Map<String, String> params) {
		var changes = new LinkedHashMap<String, String>();
		for (var field : FIELDS) {
			var value = params.get("change." + field);
			if (value != null && !value.isBlank()) {
				changes.put(field, value.strip());
			}
		}
		var deletions = fields == null ? List.<String>of() : fields.stream().filter(FIELDS::contains).distinct().toList();
		return new RequestForm(email == null ? "" : email, type == null ? null : type.strip(), message == null ? "" : message,
				changes, deletions);
	}

	/** Whether a request of this type carries changed details. */
	static boolean changesDetails(String type) {
		return "correction".equals(type) || "addition".equals(type);
	}

	NewRequest toRequest(UUID siteId, String chosenType, String language) {
		return new NewRequest(siteId, chosenType, email, message.isBlank() ? null : message,
				changesDetails(chosenType) ? changes : Map.of(), "deletion".equals(chosenType) ? fields : List.of(),
				List.of(), language, "web");
	}

	public boolean unsure() {
		return type != null && type.isEmpty();
	}

	public String change(String field) {
		return changes.getOrDefault(field, "");
	}

	public boolean deletes(String field) {
		return fields.contains(field);
	}
}
