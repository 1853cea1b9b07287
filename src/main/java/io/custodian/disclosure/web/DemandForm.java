package io.custodian.disclosure.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.disclosure.internal.DemandInput;
import io.custodian.system.InvalidInput;

/** A legal demand as the console form holds it: ids one per line, fields comma-separated, dates as text. */
record DemandForm(String recipient, String reference, String legalBasis, String purpose, String customers,
		String fields, String periodFrom, String periodTo, String dueDate) {

	static DemandForm empty() {
		return new DemandForm("", "", "", "legal-obligation", "", "", "", "", LocalDate.now().plusDays(14).toString());
	}

	DemandInput toInput() {
		UUID authority;
		try {
			authority = recipient == null || recipient.isBlank() ? null : UUID.fromString(recipient.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("recipient", "is not a recipient id");
		}
		return new DemandInput(authority, reference, legalBasis, purpose, ids(customers, "customers"), words(fields),
				date(periodFrom, "periodFrom"), date(periodTo, "periodTo"), date(dueDate, "dueDate"), null);
	}

	static List<UUID> ids(String text, String field) {
		var ids = new ArrayList<UUID>();
		for (var token : words(text)) {
			try {
				ids.add(UUID.fromString(token));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput(field, "is not a customer id: " + token);
			}
		}
		return ids;
	}

	static List<String> words(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(t -> !t.isBlank()).toList();
	}

	static LocalDate date(String text, String field) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "must be a date such as 2027-12-31");
		}
	}
}
