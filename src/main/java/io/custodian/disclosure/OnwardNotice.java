package io.custodian.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recipient told that a customer's data it received was corrected, erased or restricted (GDPR Art. 19): the kind,
 * the affected fields (names only), the disclosures it concerns, when it was mailed and when acknowledged, by whom.
 */
public record OnwardNotice(UUID id, UUID customerId, UUID recipientId, String recipientName, String kind,
		List<String> fields, List<UUID> disclosures, Instant createdAt, Instant mailedAt, Instant acknowledgedAt,
		String acknowledgedBy, String note) {

	public OnwardNotice {
		fields = List.copyOf(fields);
		disclosures = List.copyOf(disclosures);
	}
}
