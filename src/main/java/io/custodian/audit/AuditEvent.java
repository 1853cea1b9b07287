package io.custodian.audit;

import java.util.Collection;
import java.util.List;

/**
 * Something that happened to personal data or to access control; holds identifiers and field names only,
 * never the personal data itself.
 */
public record AuditEvent(String action, String subject, String purpose, List<String> fields, Outcome outcome,
		String detail) {

	public AuditEvent {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	public static AuditEvent of(String action, Object subject) {
		return new AuditEvent(action, subject == null ? null : subject.toString(), null, List.of(), Outcome.ALLOWED,
				null);
	}

	public AuditEvent purpose(String purpose) {
		return new AuditEvent(action, subject, purpose, fields, outcome, detail);
	}

	public AuditEvent fields(Collection<String> fields) {
		return new AuditEvent(action, subject, purpose, List.copyOf(fields), outcome, detail);
	}

	public AuditEvent denied(String reason) {
		return new AuditEvent(action, subject, purpose, fields, Outcome.DENIED, reason);
	}

	public AuditEvent failed(String reason) {
		return new AuditEvent(action, subject, purpose, fields, Outcome.FAILED, reason);
	}

	public AuditEvent detail(String detail) {
		return new AuditEvent(action, subject, purpose, fields, outcome, detail);
	}

	/** How the audited attempt ended. */
	public enum Outcome {
		ALLOWED, DENIED, FAILED
	}
}
