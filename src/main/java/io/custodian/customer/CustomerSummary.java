package io.custodian.customer;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A customer without any personal values: status and the metadata of each field. */
public record CustomerSummary(UUID id, String status, Instant createdAt, Instant updatedAt,
		Map<String, FieldInfo> fields, Set<String> consentedPurposes) {
}
