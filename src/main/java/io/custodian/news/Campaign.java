package io.custodian.news;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A news mail to one topic's subscribers and its progress: recipients by status (queued, sending, sent, skipped,
 * failed, unknown); status is sending until no recipient is queued, then done, or stopped with a reason.
 */
public record Campaign(UUID id, String subject, String text, String topic, String createdBy, String status,
		String reason, Instant createdAt, Instant finishedAt, Map<String, Long> recipients) {

	public long total() {
		return recipients.values().stream().mapToLong(Long::longValue).sum();
	}

	public long queued() {
		return recipients.getOrDefault("queued", 0L);
	}
}
