package io.custodian.request.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads the maps and lists of a request's stored JSON, taking anything of another shape as empty. */
final class UntypedValues {

	private UntypedValues() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	static List<Object> list(Object value) {
		return value instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
	}
}
