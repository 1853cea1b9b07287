package io.custodian.audit;

import java.util.List;

/** Appends events to the hash-chained audit log and verifies the chain. */
public interface AuditTrail {

	/** Appends within the caller's transaction, so the entry exists exactly when the audited change does. */
	AuditEntry record(AuditEvent event);

	/** Appends in a transaction of its own: for logins and denials, which must stay even when the request fails. */
	AuditEntry recordIndependently(AuditEvent event);

	ChainVerification verify();

	List<AuditEntry> recent(int limit, String subject);

	long count();
}
