package io.custodian.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A legal demand as received: the authority (a recipient of kind authority), its reference (unique per authority),
 * the legal basis text, the purpose (legal-obligation when empty), the customers and fields asked for (all the
 * authority may receive when empty), the period the demand covers, the due date and when it was received (now when
 * empty).
 */
public record DemandInput(UUID recipient, String reference, String legalBasis, String purpose, List<UUID> customers,
		List<String> fields, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate, Instant receivedAt) {

	public DemandInput {
		customers = customers == null ? List.of() : customers;
		fields = fields == null ? List.of() : fields;
	}
}
