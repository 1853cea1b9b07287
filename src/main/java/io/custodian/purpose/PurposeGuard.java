package io.custodian.purpose;

/**
 * The one place that decides whether personal data may be used for a purpose: the purpose exists, the caller's role
 * may use it, the subject is not restricted, and the data was collected for it, for a compatible purpose, or the
 * subject consented; and whether a subject's data may be changed at all (not while processing is suspended). Denials
 * are recorded in the audit chain and answered as 403 problems naming the reason.
 */
public interface PurposeGuard {

	Permit authorize(String purpose, SubjectState subject);

	/**
	 * Checks only that the purpose exists and the caller's role may use it, before any subject is looked up, so that
	 * a refusal reads the same whether or not the subject exists.
	 */
	Purpose authorizeRole(String purpose);

	/**
	 * Refuses every change to a suspended subject's data (403 {@code subject-restricted}); lifting the suspension and
	 * erasure go through the personal-data stores, not through this check.
	 */
	void authorizeChange(String subject, boolean restricted);
}
