package io.custodian.purpose;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The registry of purposes, kept as data. */
public interface Purposes {

	List<Purpose> all();

	Optional<Purpose> find(String name);

	/** The named purpose, or a 400 naming the field when it is not registered. */
	Purpose require(String name, String field);

	/** Checks that every name is a registered purpose, or answers a 400 naming the field. */
	void requireAll(Collection<String> names, String field);
}
