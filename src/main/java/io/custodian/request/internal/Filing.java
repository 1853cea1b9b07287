package io.custodian.request.internal;

import java.time.Instant;
import java.util.UUID;

/** What a request was filed with, which no transition changes: its identity, origin and the requester's words. */
record Filing(UUID id, String reference, UUID site, String channel, String language, String emailIndex,
		byte[] emailCiphertext, byte[] detailsCiphertext, Instant receivedAt) {
}
