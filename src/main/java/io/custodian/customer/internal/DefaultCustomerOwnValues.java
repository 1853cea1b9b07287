package io.custodian.customer.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerOwnValues;
import io.custodian.customer.CustomerView;
import io.custodian.customer.FieldInfo;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decrypts a customer's own values for them and records the read with its reason. */
@Service
class DefaultCustomerOwnValues implements CustomerOwnValues {

	private final Customers customers;

	private final FieldCrypto crypto;

	private final AuditTrail audit;

	DefaultCustomerOwnValues(Customers customers, FieldCrypto crypto, AuditTrail audit) {
		this.customers = customers;
		this.crypto = crypto;
		this.audit = audit;
	}

	@Override
	@Transactional
	public CustomerView values(UUID customerId, Collection<String> fields, String reason) {
		var customer = customers.find(customerId).orElseThrow(() -> Problems.notFound("Customer " + customerId));
		var values = new LinkedHashMap<String, String>();
		var attributes = new TreeMap<String, String>();
		var metadata = new TreeMap<String, FieldInfo>();
		for (var field : customers.fields(customerId)) {
			metadata.put(field.key(), field.info());
			if (fields.isEmpty() || fields.contains(field.key())) {
				var value = crypto.decrypt(customerId, field.key(), field.ciphertext());
				if (field.key().startsWith(CustomerField.ATTRIBUTE_PREFIX)) {
					attributes.put(field.key().substring(CustomerField.ATTRIBUTE_PREFIX.length()), value);
				}
				else {
					values.put(field.key(), value);
				}
			}
		}
		var shown = new java.util.TreeSet<>(values.keySet());
		attributes.keySet().forEach(k -> shown.add(CustomerField.ATTRIBUTE_PREFIX + k));
		audit.record(AuditEvent.of("personal-data.read", customerId).fields(shown).detail("by the customer: " + reason));
		return new CustomerView(customerId, null, customer.status(), values, attributes, metadata,
				customers.consents(customerId));
	}
}
