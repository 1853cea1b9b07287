package io.custodian.support;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a case, never edited: the author ({@code customer}, {@code staff:<name>} or {@code email}), the
 * text, the Message-ID of the mail that carried it (if any) and when it was written.
 */
public record CaseMessage(UUID id, String author, String body, String messageId, Instant createdAt) {
}
