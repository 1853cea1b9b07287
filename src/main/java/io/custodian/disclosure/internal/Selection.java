package io.custodian.disclosure.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved selection of customers to disclose: a unique name and the customer ids, never personal values. */
public record Selection(UUID id, String name, List<UUID> customers, Instant createdAt, String createdBy) {
}
