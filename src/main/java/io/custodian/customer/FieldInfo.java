package io.custodian.customer;

import java.time.Instant;
import java.util.Set;

/** Where a field came from, what it was collected for, when it changed and when it was last confirmed. */
public record FieldInfo(String source, Set<String> purposes, Instant updatedAt, Instant verifiedAt) {
}
