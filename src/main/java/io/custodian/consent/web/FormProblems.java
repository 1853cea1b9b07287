package io.custodian.consent.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.custodian.system.InvalidInput;
import org.springframework.web.ErrorResponseException;

/** Refusals of the consent manager as the console shows them: reasons per form field, or one sentence. */
final class FormProblems {

	private FormProblems() {
	}

	/** The reasons per field; several reasons for one field are joined with semicolons. */
	static Map<String, String> byField(InvalidInput e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(error.field(), error.reason(), (a, b) -> a + "; " + b));
		return errors;
	}

	static String detail(ErrorResponseException e) {
		var detail = e.getBody().getDetail();
		return detail != null ? detail : e.getMessage();
	}
}
