package io.custodian.purpose.internal;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.purpose.Permit;
import io.custodian.purpose.Purpose;
import io.custodian.purpose.PurposeGuard;
import io.custodian.purpose.Purposes;
import io.custodian.purpose.SubjectState;
import io.custodian.security.CurrentActor;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;

/** Decides each purpose-bound read and each change in a fixed order and records every denial. */
@Service
class DefaultPurposeGuard implements PurposeGuard {

	static final String RESTRICTED_DETAIL = "Processing of this person's data is suspended at their request";

	private final Purposes purposes;

	private final AuditTrail audit;

	DefaultPurposeGuard(Purposes purposes, AuditTrail audit) {
		this.purposes = purposes;
		this.audit = audit;
	}

	@Override
	public Permit authorize(String purposeName, SubjectState subject) {
		var purpose = checkRole(purposeName, subject.subject());
		if (subject.restricted()) {
			throw deny("personal-data.read", purposeName, subject.subject(), "subject-restricted", RESTRICTED_DETAIL);
		}
		var collected = subject.collectedFor().stream().anyMatch(purpose::accepts);
		if (!collected && !subject.consentedTo().contains(purposeName)) {
			throw deny("personal-data.read", purposeName, subject.subject(), "purpose-not-compatible",
					"The data was not collected for " + purposeName
							+ " or a compatible purpose, and the person has not consented to it");
		}
		return new Permit(purpose, subject.subject(), subject.consentedTo());
	}

	@Override
	public Purpose authorizeRole(String purposeName) {
		return checkRole(purposeName, null);
	}

	@Override
	public void authorizeChange(String subject, boolean restricted) {
		if (restricted) {
			throw deny("personal-data.updated", null, subject, "subject-restricted", RESTRICTED_DETAIL
					+ "; only lifting the suspension or erasure is possible");
		}
	}

	private Purpose checkRole(String purposeName, String subject) {
		var purpose = purposes.require(purposeName, "purpose");
		var role = CurrentActor.role();
		if (role.isEmpty() || !purpose.roles().contains(role.get().id())) {
			throw deny("personal-data.read", purposeName, subject, "role-not-permitted",
					"The role " + role.map(r -> r.id()).orElse("(none)") + " may not use personal data for "
							+ purposeName);
		}
		return purpose;
	}

	private RuntimeException deny(String action, String purpose, String subject, String reason, String detail) {
		audit.recordIndependently(AuditEvent.of(action, subject).purpose(purpose).denied(reason));
		return Problems.forbidden(reason, detail);
	}
}
