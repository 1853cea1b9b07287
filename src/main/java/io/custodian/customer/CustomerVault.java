package io.custodian.customer;

import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The customer vault. Every read names a purpose and passes the purpose guard; every read and write is recorded in
 * the audit chain; values are stored encrypted; email is unique regardless of letter case.
 */
public interface CustomerVault {

	UUID register(NewCustomer customer);

	CustomerView read(UUID id, String purpose);

	CustomerView readByEmail(String email, String purpose);

	CustomerSummary update(UUID id, CustomerPatch patch);

	/**
	 * A change that only takes data back at the customer's direction (a revoked connection's fields removed, or given
	 * back the value they had replaced); allowed while processing is suspended, since it ends processing.
	 */
	CustomerSummary withdraw(UUID id, CustomerPatch patch);

	CustomerSummary summary(UUID id);

	/** The customers among these ids that exist, in the given order, without any personal value. */
	List<CustomerSummary> summaries(Collection<UUID> ids);

	List<CustomerSummary> latest(int limit);

	/** Marks the named fields (all when empty) as confirmed by the customer now. */
	CustomerSummary confirm(UUID id, Collection<String> fields);

	StalePage stale(int limit, int offset);

	ImportReport importCsv(Reader csv, boolean dryRun);

	long count();

	/** The customer with this email, found through the blind index without reading any value. */
	java.util.Optional<UUID> idByEmail(String email);

	/**
	 * The email on file, read for a legal obligation (answering a privacy request: codes and answers go only to the
	 * address on file); recorded in the audit chain with the reason.
	 */
	String emailOnFile(UUID id, String reason);

	/** A page of the stale-data list and the total number of stale fields. */
	record StalePage(List<StaleField> fields, long total, java.time.Instant verifiedBefore) {
	}
}
