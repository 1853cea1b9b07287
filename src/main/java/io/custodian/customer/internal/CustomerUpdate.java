package io.custodian.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerUpdated;
import io.custodian.customer.FieldSource;
import io.custodian.purpose.PurposeGuard;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a patch in the caller's transaction: values set and removed, consents replaced, audit entry and event;
 * refuses any change while the customer's processing is suspended, except a withdrawal (data taken back at the
 * customer's direction).
 */
@Component
class CustomerUpdate {

	private final Customers customers;

	private final CustomerValidation validation;

	private final CustomerEmails emails;

	private final EncryptedFields fields;

	private final CustomerSummaries summaries;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final PurposeGuard guard;

	CustomerUpdate(Customers customers, CustomerValidation validation, CustomerEmails emails, EncryptedFields fields,
			CustomerSummaries summaries, AuditTrail audit, ApplicationEventPublisher events, PurposeGuard guard) {
		this.customers = customers;
		this.validation = validation;
		this.emails = emails;
		this.fields = fields;
		this.summaries = summaries;
		this.audit = audit;
		this.events = events;
		this.guard = guard;
	}

	CustomerSummary apply(UUID id, CustomerPatch patch, boolean withdrawal) {
		var customer = customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id));
		if (!withdrawal) {
			guard.authorizeChange(id.toString(), customer.restricted());
		}
		var existing = customers.fields(id);
		checkRemovals(patch);
		var checked = validation.check(patch.set(), patch.setAttributes(), patch.source(), patch.purposes(),
				patch.consentedPurposes(), FieldSource.STAFF);
		var now = VaultTime.now();
		var email = checked.values().get(CustomerField.EMAIL.key());
		if (email != null) {
			emails.change(id, email);
		}
		var collectedFor = patch.purposes() != null && !patch.purposes().isEmpty() ? Set.copyOf(patch.purposes()) : null;
		checked.values().forEach((key, value) -> fields.store(id, key, value, checked.source(),
				collectedFor != null ? collectedFor : purposesOf(key, existing), now));
		var removed = removedKeys(patch);
		removed.forEach(key -> customers.deleteField(id, key));
		if (patch.consentedPurposes() != null) {
			customers.replaceConsents(id, patch.consentedPurposes(), now);
		}
		customers.touch(id, now);
		var changed = new TreeSet<>(checked.values().keySet());
		changed.addAll(removed);
		audit.record(AuditEvent.of("personal-data.updated", id).fields(changed)
			.detail("source " + checked.source() + (patch.consentedPurposes() != null ? ", consents changed" : "")));
		events.publishEvent(new CustomerUpdated(id, changed, checked.source()));
		return summaries.of(customers.find(id).orElse(customer));
	}

	private void checkRemovals(CustomerPatch patch) {
		var errors = new ArrayList<InvalidInput.FieldError>();
		patch.remove().stream().filter(k -> CustomerField.fromKey(k).isEmpty())
			.forEach(k -> errors.add(new InvalidInput.FieldError(k, "is not a customer field")));
		if (patch.remove().contains(CustomerField.EMAIL.key())) {
			errors.add(new InvalidInput.FieldError("email", "cannot be removed; replace it or erase the customer"));
		}
		validation.checkAttributeKeys(patch.removeAttributes(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/** The purposes a field was collected for, or those of all the customer's fields for a new one. */
	private static Set<String> purposesOf(String key, List<StoredField> existing) {
		return existing.stream().filter(f -> f.key().equals(key)).findFirst().map(StoredField::purposes)
			.orElseGet(() -> allPurposes(existing));
	}

	private static Set<String> allPurposes(List<StoredField> fields) {
		var purposes = new TreeSet<String>();
		fields.forEach(f -> purposes.addAll(f.purposes()));
		return purposes;
	}

	private static TreeSet<String> removedKeys(CustomerPatch patch) {
		var removed = new TreeSet<>(patch.remove());
		patch.removeAttributes().forEach(k -> removed.add(CustomerField.ATTRIBUTE_PREFIX + k));
		return removed;
	}
}
