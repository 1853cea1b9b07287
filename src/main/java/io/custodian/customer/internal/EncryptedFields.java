package io.custodian.customer.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.custodian.customer.FieldSource;
import org.springframework.stereotype.Component;

/** Stores a field value encrypted, with its source and purposes; values from the customer count as verified now. */
@Component
class EncryptedFields {

	private final Customers customers;

	private final FieldCrypto crypto;

	EncryptedFields(Customers customers, FieldCrypto crypto) {
		this.customers = customers;
		this.crypto = crypto;
	}

	void store(UUID id, String key, String value, String source, Set<String> purposes, Instant now) {
		var verified = FieldSource.kindOf(source).fromCustomer() ? now : null;
		customers.upsertField(id, new StoredField(key, crypto.encrypt(id, key, value), source, purposes, now,
				verified));
	}
}
