package io.custodian.news;

import java.time.Instant;
import java.util.UUID;

/** One recipient of a campaign: the customer, the status and why it was skipped or failed. */
public record Delivery(UUID customerId, String status, String reason, Instant updatedAt) {
}
