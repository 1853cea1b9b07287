package io.custodian.disclosure.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.custodian.disclosure.Recipient;
import io.custodian.disclosure.RecipientInput;
import io.custodian.system.InvalidInput;

/**
 * A recipient as the console form holds it; allowed fields are one line per purpose, {@code gifts: name, phone}.
 */
record RecipientForm(String name, String kind, String legalEntity, String country, String safeguard,
		String contractReference, String contractExpires, String contactEmail, Boolean active, String allowed) {

	static RecipientForm empty() {
		return new RecipientForm("", "processor", "", "", "", "", "", "", true, "");
	}

	static RecipientForm of(Recipient r) {
		return new RecipientForm(r.name(), r.kind(), r.legalEntity(), r.country(), blank(r.safeguard()),
				blank(r.contractReference()), r.contractExpires() == null ? "" : r.contractExpires().toString(),
				blank(r.contactEmail()), r.active(), lines(r.purposes()));
	}

	RecipientInput toInput() {
		LocalDate expires;
		try {
			expires = contractExpires == null || contractExpires.isBlank() ? null : LocalDate.parse(contractExpires.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInput("contractExpires", "must be a date such as 2027-12-31");
		}
		return new RecipientInput(name, kind, legalEntity, country, safeguard, contractReference, expires, contactEmail,
				Boolean.TRUE.equals(active), purposes(allowed));
	}

	static String lines(Map<String, List<String>> purposes) {
		return purposes.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
			.collect(Collectors.joining("\n"));
	}

	static Map<String, List<String>> purposes(String text) {
		var purposes = new LinkedHashMap<String, List<String>>();
		if (text == null) {
			return purposes;
		}
		for (var line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			var colon = line.indexOf(':');
			if (colon < 0) {
				throw new InvalidInput("purposes", "each line must read purpose: field, field (" + line.strip() + ")");
			}
			var fields = java.util.Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip)
				.filter(f -> !f.isEmpty()).toList();
			purposes.put(line.substring(0, colon).strip(), fields);
		}
		return purposes;
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}
}
