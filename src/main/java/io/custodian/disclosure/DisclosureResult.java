package io.custodian.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What was disclosed: the allowed fields of each disclosed customer (id first), and the customers left out with the
 * reason (unknown, suspended, no-consent, purpose-not-compatible). The id is null when nobody was disclosed.
 */
public record DisclosureResult(UUID disclosureId, UUID recipientId, String purpose, String legalBasis,
		List<String> fields, List<Map<String, String>> customers, List<LeftOut> leftOut, Instant disclosedAt) {

	/** A customer not disclosed, and why. */
	public record LeftOut(UUID customer, String reason) {
	}
}
