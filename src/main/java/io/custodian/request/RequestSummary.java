package io.custodian.request;

import java.time.Instant;
import java.util.UUID;

/** A request as staff see it in the queue: no personal values, only its shape, state and clock. */
public record RequestSummary(UUID id, String reference, UUID site, String type, String state, String channel,
		Instant receivedAt, Instant dueAt, String extensionReason, String assignedTo, Instant verifiedAt,
		Instant closedAt, int failedAttempts, UUID customerId) {
}
