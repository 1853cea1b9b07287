package io.custodian.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request as it arrives (privacy center, API or email): the requester's email, the type (guessed from the message
 * when absent), the message, the values to correct or add, the fields to delete, and identifiers the requester names.
 * Taken as sent, null entries included, so that the desk can refuse each by its place.
 */
public record NewRequest(UUID site, String type, String email, String message, Map<String, String> changes,
		List<String> fields, List<String> identifiers, String language, String channel) {

	public NewRequest {
		changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
		fields = fields == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fields));
		identifiers = identifiers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(identifiers));
	}
}
