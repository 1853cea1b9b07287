package io.custodian.customer;

import java.time.Instant;
import java.util.UUID;

/** A field not confirmed by its customer within the verification period. */
public record StaleField(UUID customerId, String field, String source, Instant updatedAt, Instant verifiedAt) {
}
