package io.custodian.purpose;

import java.util.Set;

/**
 * A purpose personal data may be used for: the field categories it may use, the roles that may use it and the
 * purposes whose data it may use as compatible.
 */
public record Purpose(String name, String description, Set<String> categories, Set<String> roles,
		Set<String> compatibleWith) {

	public Purpose {
		categories = Set.copyOf(categories);
		roles = Set.copyOf(roles);
		compatibleWith = Set.copyOf(compatibleWith);
	}

	/** Whether data collected for {@code collectedFor} may be used for this purpose. */
	public boolean accepts(String collectedFor) {
		return name.equals(collectedFor) || compatibleWith.contains(collectedFor);
	}
}
