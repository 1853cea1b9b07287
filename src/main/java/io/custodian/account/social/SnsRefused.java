package io.custodian.account.social;

/** A connection or sign-in the customer cannot make, with the reason code, HTTP status and a sentence to show. */
public class SnsRefused extends RuntimeException {

	private final String reason;

	private final int status;

	public SnsRefused(String reason, int status, String message) {
		super(message);
		this.reason = reason;
		this.status = status;
	}

	public String reason() {
		return reason;
	}

	public int status() {
		return status;
	}
}
