package io.custodian.request.internal;

import java.time.Instant;
import java.util.UUID;

import io.custodian.request.RequestState;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;

/** A request row; the requester's email and the details stay encrypted here. */
record StoredRequest(UUID id, String reference, UUID site, RequestType type, RequestState state, String channel,
		String language, String emailIndex, byte[] emailCiphertext, byte[] detailsCiphertext, UUID customerId,
		Instant receivedAt, Instant dueAt, String extensionReason, String assignedTo, Instant verifiedAt,
		Instant closedAt, int failedAttempts, byte[] resultCiphertext) {

	RequestSummary summary() {
		return new RequestSummary(id, reference, site, type.id(), state.id(), channel, receivedAt, dueAt,
				extensionReason, assignedTo, verifiedAt, closedAt, failedAttempts, customerId);
	}
}
