package io.custodian.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.custodian.disclosure.Recipient;
import io.custodian.disclosure.Recipients;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Checks legal demands, decisions and notice deferrals: a 400 naming every bad field, nothing stored. */
@Component
class DemandChecks {

	static final String DEFAULT_PURPOSE = "legal-obligation";

	static final Set<String> DECISIONS = Set.of("comply", "comply-in-part", "refuse");

	static final int MAX_TEXT = 2000;

	private final Recipients recipients;

	DemandChecks(Recipients recipients) {
		this.recipients = recipients;
	}

	/** The demand in stored form: trimmed, purpose and fields filled in, received now when not given. */
	DemandInput check(DemandInput input) {
		var errors = new ArrayList<FieldError>();
		var authority = authority(input, errors);
		var reference = text(input.reference(), "reference", 200, errors);
		var basis = text(input.legalBasis(), "legalBasis", MAX_TEXT, errors);
		var purpose = input.purpose() == null || input.purpose().isBlank() ? DEFAULT_PURPOSE : input.purpose().strip();
		var allowed = authority == null ? null : authority.purposes().get(purpose);
		if (authority != null && allowed == null) {
			errors.add(new FieldError("purpose", authority.name() + " may not receive customer data for " + purpose
					+ " (allowed: " + String.join(", ", authority.purposes().keySet()) + ")"));
		}
		if (input.customers().isEmpty() || input.customers().size() > DisclosureChecks.MAX_CUSTOMERS
				|| input.customers().stream().anyMatch(Objects::isNull)) {
			errors.add(new FieldError("customers", "must list between 1 and " + DisclosureChecks.MAX_CUSTOMERS
					+ " customer ids"));
		}
		if (allowed != null && !allowed.containsAll(input.fields())) {
			errors.add(new FieldError("fields", "outside what " + authority.name() + " may receive for " + purpose
					+ " (allowed: " + String.join(", ", allowed) + ")"));
		}
		if (input.periodFrom() != null && input.periodTo() != null && input.periodTo().isBefore(input.periodFrom())) {
			errors.add(new FieldError("periodTo", "must not be before periodFrom"));
		}
		if (input.dueDate() == null) {
			errors.add(new FieldError("dueDate", "is required (the date the authority expects the answer by)"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var fields = input.fields().isEmpty() ? allowed : allowed.stream().filter(input.fields()::contains).toList();
		return new DemandInput(authority.id(), reference, basis, purpose, input.customers().stream().distinct().toList(),
				fields, input.periodFrom(), input.periodTo(), input.dueDate(),
				input.receivedAt() == null ? Instant.now() : input.receivedAt());
	}

	/** The decision checked against the demand: comply-in-part names a narrower part of what was asked. */
	DemandDecision check(DemandDecision decision, LegalDemand demand) {
		var errors = new ArrayList<FieldError>();
		var kind = decision.decision() == null ? "" : decision.decision().strip();
		if (!DECISIONS.contains(kind)) {
			errors.add(new FieldError("decision", "must be comply, comply-in-part or refuse"));
		}
		var reason = text(decision.reason(), "reason", MAX_TEXT, errors);
		var narrowed = !decision.customers().isEmpty() || !decision.fields().isEmpty();
		if (kind.equals("comply-in-part")) {
			if (!narrowed) {
				errors.add(new FieldError("customers", "comply-in-part names the customers and/or fields granted"));
			}
			if (!new HashSet<>(demand.customers()).containsAll(decision.customers())) {
				errors.add(new FieldError("customers", "must be among the customers the demand names"));
			}
			if (!demand.fields().containsAll(decision.fields())) {
				errors.add(new FieldError("fields", "must be among the fields the demand asks for: "
						+ String.join(", ", demand.fields())));
			}
		}
		else if (narrowed) {
			errors.add(new FieldError(decision.customers().isEmpty() ? "fields" : "customers",
					"are named only when complying in part"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var customers = decision.customers().isEmpty() ? demand.customers() : decision.customers();
		var fields = decision.fields().isEmpty() ? demand.fields() : decision.fields();
		return new DemandDecision(kind, reason, kind.equals("refuse") ? List.of() : customers.stream().distinct().toList(),
				kind.equals("refuse") ? List.of() : fields);
	}

	NoticeDeferral check(NoticeDeferral deferral, LocalDate today) {
		var errors = new ArrayList<FieldError>();
		var reason = text(deferral.reason(), "reason", MAX_TEXT, errors);
		if (deferral.until() == null) {
			errors.add(new FieldError("until", "is required: the day the prohibition to notify ends"));
		}
		else if (deferral.until().isBefore(today)) {
			errors.add(new FieldError("until", "must not be in the past"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new NoticeDeferral(reason, deferral.until());
	}

	private Recipient authority(DemandInput input, List<FieldError> errors) {
		if (input.recipient() == null) {
			errors.add(new FieldError("recipient", "must name the authority (a recipient of kind authority)"));
			return null;
		}
		try {
			var recipient = recipients.get(input.recipient());
			if (!"authority".equals(recipient.kind())) {
				errors.add(new FieldError("recipient", recipient.name() + " is a " + recipient.kind()
						+ ", not an authority"));
				return null;
			}
			return recipient;
		}
		catch (ErrorResponseException e) {
			if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
				throw e;
			}
			errors.add(new FieldError("recipient", "no recipient " + input.recipient()));
			return null;
		}
	}

	private static String text(String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "is required"));
			return null;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
		return value.strip();
	}
}
