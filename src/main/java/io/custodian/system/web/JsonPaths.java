package io.custodian.system.web;

import java.util.List;

import tools.jackson.core.JacksonException;

/** Writes where in a JSON body Jackson failed the way field errors name it: {@code identifiers[3]}, {@code hits[0].url}. */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(List<JacksonException.Reference> path) {
		var name = new StringBuilder();
		for (var reference : path) {
			if (reference.getPropertyName() != null) {
				name.append(name.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				name.append('[').append(reference.getIndex()).append(']');
			}
		}
		return name.toString();
	}
}
