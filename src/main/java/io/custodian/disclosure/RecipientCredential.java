package io.custodian.disclosure;

import java.time.Instant;
import java.util.UUID;

/** A credential a recipient uses to pull its allowed fields itself; its secret is never stored, only its hash. */
public record RecipientCredential(UUID id, UUID recipientId, String label, Instant createdAt, String createdBy,
		Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

	/** Whether it is neither revoked nor expired at the given instant. */
	public boolean usable(Instant at) {
		return revokedAt == null && expiresAt.isAfter(at);
	}

	/** active, revoked or expired, now. */
	public String state() {
		return revokedAt != null ? "revoked" : usable(Instant.now()) ? "active" : "expired";
	}
}
