package io.custodian.request;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request as it arrives (privacy center, API or email): the requester's email, the type (guessed from the message
 * when absent), the message, the values to correct or add, the fields to delete, and identifiers the requester names.
 */
public record NewRequest(UUID site, String type, String email, String message, Map<String, String> changes,
		List<String> fields, List<String> identifiers, String language, String channel) {

	public NewRequest {
		changes = changes == null ? Map.of() : Map.copyOf(changes);
		fields = fields == null ? List.of() : List.copyOf(fields);
		identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
	}
}
