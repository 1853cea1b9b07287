package io.custodian.disclosure.internal;

import java.util.List;
import java.util.UUID;

/**
 * A decision on a legal demand: comply, comply-in-part (with the narrower customers and/or fields granted; the rest
 * of the demand's scope when empty) or refuse, always with a reason.
 */
public record DemandDecision(String decision, String reason, List<UUID> customers, List<String> fields) {

	public DemandDecision {
		customers = customers == null ? List.of() : customers;
		fields = fields == null ? List.of() : fields;
	}
}
