package io.custodian.customer.internal;

import java.time.Instant;
import java.util.Set;

import io.custodian.customer.FieldInfo;

/** One encrypted field row as stored. */
record StoredField(String key, byte[] ciphertext, String source, Set<String> purposes, Instant updatedAt,
		Instant verifiedAt) {

	FieldInfo info() {
		return new FieldInfo(source, purposes, updatedAt, verifiedAt);
	}
}
