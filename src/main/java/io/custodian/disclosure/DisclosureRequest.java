package io.custodian.disclosure;

import java.util.List;
import java.util.UUID;

/**
 * What to disclose: a purpose, the customers (or a saved selection, by id or name, instead), the format (json or
 * csv), the legal basis, and optionally a subset of the fields the recipient may receive for the purpose (all of them
 * when empty).
 */
public record DisclosureRequest(String purpose, List<UUID> customers, String format, String legalBasis,
		List<String> fields, String selection) {

	public DisclosureRequest {
		customers = customers == null ? List.of() : customers;
		fields = fields == null ? List.of() : fields;
		selection = selection == null || selection.isBlank() ? null : selection.strip();
	}

	public DisclosureRequest(String purpose, List<UUID> customers, String format, String legalBasis,
			List<String> fields) {
		this(purpose, customers, format, legalBasis, fields, null);
	}

	/** The same request for these customers, the selection resolved. */
	public DisclosureRequest withCustomers(List<UUID> ids) {
		return new DisclosureRequest(purpose, ids, format, legalBasis, fields, null);
	}
}
