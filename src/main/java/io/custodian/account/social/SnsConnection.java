package io.custodian.account.social;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's connection to an SNS account as pages, the API and the export show it: never its tokens. After
 * revocation it tells who revoked it and what the provider answered ({@code remoteStatus}: done, pending, failed, or
 * none when the provider has no revocation endpoint).
 */
public record SnsConnection(UUID id, UUID customerId, String provider, String providerName, List<String> scopes,
		Instant connectedAt, Instant refreshedAt, Instant revokedAt, String revokedBy, String remoteStatus,
		String remoteAnswer, int remoteAttempts, List<Field> fields) {

	public boolean live() {
		return revokedAt == null;
	}

	/** A customer field the connection filled or offers: {@code filled} when the field's source is the connection. */
	public record Field(String field, String state, String previousSource, Instant updatedAt) {

		public boolean offered() {
			return "offered".equals(state);
		}
	}
}
