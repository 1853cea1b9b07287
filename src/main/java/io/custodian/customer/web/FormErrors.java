package io.custodian.customer.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.custodian.system.InvalidInput;

/** The reasons of a refused form per field, as the console marks them; several for one field joined by semicolons. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(InvalidInput e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(error.field(), error.reason(), (a, b) -> a + "; " + b));
		return errors;
	}
}
