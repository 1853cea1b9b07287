package io.custodian.purpose;

/**
 * The one place that decides whether personal data may be read for a purpose: the purpose exists, the caller's
 * role may use it, the subject is not restricted, and the data was collected for it, for a compatible purpose, or
 * the subject consented. Denials are recorded in the audit chain and answered as 403 problems naming the reason.
 */
public interface PurposeGuard {

	Permit authorize(String purpose, SubjectState subject);
}
