package io.custodian.customer.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.FieldSource;

/**
 * What staff changed in the edit form: fields whose posted value.key differs from original.key, and fields ticked for
 * removal that were not also given a new value.
 */
record StaffEdit(Map<String, String> set, Set<String> removed) {

	private static final List<String> EDITABLE = Arrays.stream(CustomerField.values()).map(CustomerField::key).toList();

	static StaffEdit of(Map<String, String> params, List<String> remove) {
		var set = new LinkedHashMap<String, String>();
		for (var key : EDITABLE) {
			var value = params.get("value." + key);
			var original = params.getOrDefault("original." + key, "");
			if (value != null && !value.isBlank() && !value.strip().equals(original.strip())) {
				set.put(key, value);
			}
		}
		var removed = new TreeSet<String>(remove == null ? List.of() : remove);
		removed.removeAll(set.keySet());
		return new StaffEdit(set, removed);
	}

	boolean isEmpty() {
		return set.isEmpty() && removed.isEmpty();
	}

	CustomerPatch patch() {
		return new CustomerPatch(set, removed, null, null, FieldSource.STAFF.id(), null, null);
	}

	/** The keys of all set and removed fields, sorted. */
	Set<String> changed() {
		var changed = new TreeSet<>(set.keySet());
		changed.addAll(removed);
		return changed;
	}
}
