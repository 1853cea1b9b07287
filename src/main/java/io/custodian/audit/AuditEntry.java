package io.custodian.audit;

import java.time.Instant;
import java.util.List;

/** One stored link of the audit chain. */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String subject, String purpose,
		List<String> fields, AuditEvent.Outcome outcome, String detail, String prevHash, String hash) {
}
