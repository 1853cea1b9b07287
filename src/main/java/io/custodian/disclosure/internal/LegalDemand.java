package io.custodian.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A legal demand from an authority: what it asks for (customers, fields, period), the decision with its reason and
 * approver, what was granted, the disclosure that answered it, and the notice to each disclosed customer (deferred
 * while a prohibition with a reason and an end date is in force). Status: received, decided, refused, packaged,
 * notice-deferred, notice-sent.
 */
public record LegalDemand(UUID id, UUID recipientId, String authority, String reference, String legalBasis,
		String purpose, List<UUID> customers, List<String> fields, LocalDate periodFrom, LocalDate periodTo,
		LocalDate dueDate, Instant receivedAt, String receivedBy, String status, String decision,
		String decisionReason, String decidedBy, Instant decidedAt, List<UUID> grantedCustomers,
		List<String> grantedFields, UUID disclosureId, Instant packagedAt, String noticeReason, LocalDate noticeUntil,
		List<Notice> notices) {

	/** Whether the due date has passed without the demand being answered (decided and packaged, or refused). */
	public boolean overdue(LocalDate today) {
		return (status.equals("received") || status.equals("decided")) && dueDate.isBefore(today);
	}

	/** Whether a prohibition still holds the customers' notice back on this day (so nothing may tell them yet). */
	public boolean noticeWithheldOn(LocalDate day) {
		return noticeUntil != null && !noticeUntil.isBefore(day);
	}

	/** The notice to one disclosed customer: queued (until sendAfter), sending, sent, skipped, failed or unknown. */
	public record Notice(UUID customerId, String status, Instant sendAfter, Instant sentAt, String reason) {
	}
}
