package io.custodian.customer.internal;

import java.util.Set;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerRegistered;
import io.custodian.customer.NewCustomer;
import io.custodian.system.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Registers a new customer in the caller's transaction: values stored encrypted, consents, audit entry and event. */
@Component
class CustomerRegistration {

	private final Customers customers;

	private final CustomerValidation validation;

	private final CustomerEmails emails;

	private final EncryptedFields fields;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CustomerRegistration(Customers customers, CustomerValidation validation, CustomerEmails emails,
			EncryptedFields fields, AuditTrail audit, ApplicationEventPublisher events) {
		this.customers = customers;
		this.validation = validation;
		this.emails = emails;
		this.fields = fields;
		this.audit = audit;
		this.events = events;
	}

	UUID register(NewCustomer customer) {
		requireEmailAndPurpose(customer);
		var checked = validation.check(customer.values(), customer.attributes(), customer.source(),
				customer.purposes(), customer.consentedPurposes(), null);
		var id = UUID.randomUUID();
		var now = VaultTime.now();
		emails.insertCustomer(id, checked.values().get(CustomerField.EMAIL.key()), now);
		var purposes = Set.copyOf(customer.purposes());
		checked.values().forEach((key, value) -> fields.store(id, key, value, checked.source(), purposes, now));
		customers.replaceConsents(id, customer.consentedPurposes(), now);
		audit.record(AuditEvent.of("personal-data.created", id).fields(checked.values().keySet())
			.detail("source " + checked.source()));
		events.publishEvent(new CustomerRegistered(id, checked.source()));
		return id;
	}

	private static void requireEmailAndPurpose(NewCustomer customer) {
		if (customer.email() == null) {
			throw new InvalidInput("email", "is required");
		}
		if (customer.purposes().isEmpty()) {
			throw new InvalidInput("purposes", "name at least one purpose the data is collected for");
		}
	}
}
