package io.custodian.customer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change to a customer with merge-patch meaning: values to set, fields to remove, attributes likewise; the source
 * and purposes of the new values; and, when not null, the full new set of purposes the customer consented to.
 */
public record CustomerPatch(Map<String, String> set, Set<String> remove, Map<String, String> setAttributes,
		Set<String> removeAttributes, String source, List<String> purposes, List<String> consentedPurposes) {

	public CustomerPatch {
		set = set == null ? Map.of() : Map.copyOf(set);
		remove = remove == null ? Set.of() : Set.copyOf(remove);
		setAttributes = setAttributes == null ? Map.of() : Map.copyOf(setAttributes);
		removeAttributes = removeAttributes == null ? Set.of() : Set.copyOf(removeAttributes);
	}

	public boolean isEmpty() {
		return set.isEmpty() && remove.isEmpty() && setAttributes.isEmpty() && removeAttributes.isEmpty()
				&& consentedPurposes == null;
	}
}
