package io.custodian.news;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An uploaded subscriber file and its progress: rows by status, processed in the background. */
public record SubscriberImport(UUID id, String fileName, String createdBy, OffsetDateTime createdAt, String status,
		OffsetDateTime finishedAt, int total, int queued, int done, int skipped, int failed, int invalid, int unknown) {
}
