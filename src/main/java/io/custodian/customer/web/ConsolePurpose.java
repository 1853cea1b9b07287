package io.custodian.customer.web;

/** The purpose through which the customer console reads a customer when staff choose none. */
final class ConsolePurpose {

	static final String DEFAULT = "support";

	private ConsolePurpose() {
	}

	/** The given purpose, or the default when it is missing or blank. */
	static String chosen(String purpose) {
		return purpose == null || purpose.isBlank() ? DEFAULT : purpose;
	}
}
