package io.custodian.opinion;

import java.time.Instant;
import java.util.UUID;

/** One free-text answer in the redaction queue: the original, and once staff decided, the redacted text and status. */
public record FreeText(UUID id, UUID survey, int question, String original, String status, String redacted,
		String redactedBy, Instant redactedAt) {
}
