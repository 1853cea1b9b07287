package io.custodian.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One customer's part of a recorded disclosure: who received which fields, for what, on which basis, by whom, and
 * the legal demand it answered (null for an ordinary disclosure).
 */
public record DisclosureEntry(UUID disclosureId, UUID customerId, UUID recipientId, String recipientName,
		String purpose, String legalBasis, List<String> fields, String actor, Integer instructionVersion,
		Instant disclosedAt, UUID demandId, String demandReference) {
}
