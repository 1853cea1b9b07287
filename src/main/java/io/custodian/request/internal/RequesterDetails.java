package io.custodian.request.internal;

import java.util.List;
import java.util.Map;

/**
 * What a requester wrote with a request: the message, the values to correct or add, the fields to delete and the
 * identifiers named; every part is null once an erasure removed them (then shown as an empty object).
 */
public record RequesterDetails(String message, Map<String, String> changes, List<String> fields,
		List<String> identifiers) {

	static final RequesterDetails ERASED = new RequesterDetails(null, null, null, null);

	/** The values to correct or add, none when erased. */
	public Map<String, String> changesOrNone() {
		return changes == null ? Map.of() : changes;
	}

	/** The fields to delete, none when erased. */
	public List<String> fieldsOrNone() {
		return fields == null ? List.of() : fields;
	}

	/** The identifiers the requester named, none when erased. */
	public List<String> identifiersOrNone() {
		return identifiers == null ? List.of() : identifiers;
	}
}
