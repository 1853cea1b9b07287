package io.custodian.request.web;

/** Optional form parameters as the console reads them. */
final class FormText {

	private FormText() {
	}

	/** The value stripped, or null when it is missing or blank. */
	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The value as typed, or an empty string when it is missing. */
	static String text(String value) {
		return value == null ? "" : value;
	}
}
