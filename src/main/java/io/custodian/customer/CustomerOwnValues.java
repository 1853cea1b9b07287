package io.custodian.customer;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Values read for the customer themself (their own account page, a choice they make about their own data), outside
 * any staff purpose; every read is recorded in the audit chain with the reason.
 */
public interface CustomerOwnValues {

	/** The named fields' values (every field when empty), with each field's metadata in {@link CustomerView#fields}. */
	CustomerView values(UUID customerId, Collection<String> fields, String reason);
}
