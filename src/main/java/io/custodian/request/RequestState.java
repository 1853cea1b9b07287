package io.custodian.request;

/** Where a request stands; locked after too many wrong codes; completed, rejected and expired are final. */
public enum RequestState {

	RECEIVED, VERIFYING, LOCKED, VERIFIED, IN_PROGRESS, COMPLETED, REJECTED, EXPIRED;

	public String id() {
		return name().toLowerCase().replace('_', '-');
	}

	public boolean isFinal() {
		return this == COMPLETED || this == REJECTED || this == EXPIRED;
	}
}
