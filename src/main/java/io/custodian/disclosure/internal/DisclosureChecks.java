package io.custodian.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.disclosure.DisclosureRequest;
import io.custodian.disclosure.LegalBasis;
import io.custodian.disclosure.Recipient;
import io.custodian.purpose.Purpose;
import io.custodian.purpose.Purposes;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.stereotype.Component;

/**
 * Checks a disclosure before anything is read: the input (400 naming the field), then the recipient (403 naming the
 * reason: recipient-inactive, contract-expired, purpose-not-allowed); every refusal by the recipient is audited.
 */
@Component
class DisclosureChecks {

	static final int MAX_CUSTOMERS = 1000;

	private final Purposes purposes;

	private final AuditTrail audit;

	DisclosureChecks(Purposes purposes, AuditTrail audit) {
		this.purposes = purposes;
		this.audit = audit;
	}

	Order check(Recipient recipient, DisclosureRequest request, LocalDate today) {
		var errors = new ArrayList<FieldError>();
		var purpose = request.purpose() == null || request.purpose().isBlank() ? null
				: purposes.find(request.purpose().strip()).orElse(null);
		if (purpose == null) {
			errors.add(new FieldError("purpose", "must be a registered purpose"));
		}
		var basis = LegalBasis.fromId(Objects.requireNonNullElse(request.legalBasis(), ""));
		if (basis.isEmpty()) {
			errors.add(new FieldError("legalBasis", "must be consent, contract, legal-obligation or legitimate-interest"));
		}
		var format = Objects.requireNonNullElse(request.format(), "json").toLowerCase(Locale.ROOT);
		if (!format.equals("json") && !format.equals("csv")) {
			errors.add(new FieldError("format", "must be json or csv"));
		}
		if (request.customers().isEmpty() || request.customers().size() > MAX_CUSTOMERS
				|| request.customers().stream().anyMatch(Objects::isNull)) {
			errors.add(new FieldError("customers", "must list between 1 and " + MAX_CUSTOMERS + " customer ids"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (!recipient.active()) {
			throw refuse(recipient, purpose, "recipient-inactive", "Recipient " + recipient.name() + " is not active");
		}
		if (!recipient.contractInForce(today)) {
			throw refuse(recipient, purpose, "contract-expired", "The contract " + recipient.contractReference()
					+ " with " + recipient.name() + " expired on " + recipient.contractExpires());
		}
		var allowed = recipient.purposes().get(purpose.name());
		if (allowed == null) {
			throw refuse(recipient, purpose, "purpose-not-allowed",
					recipient.name() + " may not receive customer data for " + purpose.name());
		}
		var outside = request.fields().stream().filter(f -> !allowed.contains(f)).toList();
		if (!outside.isEmpty()) {
			throw new InvalidInput("fields", "outside what " + recipient.name() + " may receive for " + purpose.name()
					+ ": " + String.join(", ", outside) + " (allowed: " + String.join(", ", allowed) + ")");
		}
		var fields = request.fields().isEmpty() ? allowed : allowed.stream().filter(request.fields()::contains).toList();
		return new Order(purpose, basis.get().id(), format, fields, basis.get() == LegalBasis.CONSENT);
	}

	private RuntimeException refuse(Recipient recipient, Purpose purpose, String reason, String detail) {
		audit.recordIndependently(AuditEvent.of("personal-data.disclosed", recipient.id())
			.purpose(purpose.name()).denied(reason));
		return Problems.forbidden(reason, detail);
	}

	/** A checked disclosure: the purpose, the basis, the format and the fields to send. */
	record Order(Purpose purpose, String legalBasis, String format, List<String> fields, boolean consentRequired) {
	}
}
