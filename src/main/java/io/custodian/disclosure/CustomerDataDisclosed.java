package io.custodian.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Customer data was disclosed to a recipient: which fields of which customers, for what and on which basis. */
public record CustomerDataDisclosed(UUID disclosureId, UUID recipientId, String purpose, String legalBasis,
		Map<UUID, List<String>> fieldsByCustomer, String actor, Instant disclosedAt) {

	public CustomerDataDisclosed {
		fieldsByCustomer = Map.copyOf(fieldsByCustomer);
	}
}
