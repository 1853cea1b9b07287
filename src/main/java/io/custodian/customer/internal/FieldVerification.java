package io.custodian.customer.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerSettings;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault.StalePage;
import io.custodian.purpose.PurposeGuard;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Component;

/** Keeps field values current: confirmations by the customer, and the fields not confirmed within the period. */
@Component
class FieldVerification {

	private final Customers customers;

	private final CustomerSummaries summaries;

	private final AuditTrail audit;

	private final CustomerSettings settings;

	private final PurposeGuard guard;

	FieldVerification(Customers customers, CustomerSummaries summaries, AuditTrail audit, CustomerSettings settings,
			PurposeGuard guard) {
		this.customers = customers;
		this.summaries = summaries;
		this.audit = audit;
		this.settings = settings;
		this.guard = guard;
	}

	/** Marks the named fields (all when empty) as confirmed by the customer now. */
	CustomerSummary confirm(UUID id, Collection<String> fields) {
		var customer = customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id));
		guard.authorizeChange(id.toString(), customer.restricted());
		var stored = customers.fields(id).stream().map(StoredField::key).toList();
		var keys = fields == null || fields.isEmpty() ? stored : List.copyOf(fields);
		var unknown = keys.stream().filter(k -> !stored.contains(k)).toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInput("fields", "the customer has no field " + String.join(", ", unknown));
		}
		if (!keys.isEmpty()) {
			customers.verify(id, keys, VaultTime.now());
		}
		audit.record(AuditEvent.of("personal-data.confirmed", id).fields(keys));
		return summaries.of(customer);
	}

	StalePage stale(int limit, int offset) {
		var before = VaultTime.now().minus(settings.verificationPeriod());
		return new StalePage(customers.stale(before, Math.max(1, Math.min(limit, 500)), Math.max(0, offset)),
				customers.countStale(before), before);
	}
}
