package io.custodian.consent.internal;

import java.util.UUID;

/** Ties a consent id to the customer who identified with it. */
public interface ConsentLinks {

	void link(String consentId, UUID customerId);
}
