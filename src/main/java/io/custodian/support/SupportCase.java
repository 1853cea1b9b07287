package io.custodian.support;

import java.time.Instant;
import java.util.UUID;

/** A support case without its conversation: reference, customer, subject, status, channel and assignee. */
public record SupportCase(UUID id, String reference, UUID customerId, String subject, String status, String channel,
		String assignee, Instant createdAt, Instant updatedAt) {
}
