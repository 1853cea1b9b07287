package io.custodian.disclosure;

import java.util.List;
import java.util.UUID;

/**
 * What to disclose: a purpose, the customers, the format (json or csv), the legal basis, and optionally a subset of
 * the fields the recipient may receive for the purpose (all of them when empty).
 */
public record DisclosureRequest(String purpose, List<UUID> customers, String format, String legalBasis,
		List<String> fields) {

	public DisclosureRequest {
		customers = customers == null ? List.of() : customers;
		fields = fields == null ? List.of() : fields;
	}
}
