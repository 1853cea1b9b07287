package io.custodian.customer.internal;

import java.time.Instant;
import java.util.UUID;

/** The customers row: identity, restriction status and times; no personal values. */
record CustomerRecord(UUID id, String status, Instant createdAt, Instant updatedAt) {

	static final String ACTIVE = "active";

	static final String RESTRICTED = "restricted";

	boolean restricted() {
		return RESTRICTED.equals(status);
	}
}
