package io.custodian.account.internal;

import java.util.UUID;

/** A customer signed in to their account: who, through which session, and how they signed in. */
public record SignedInCustomer(UUID customerId, UUID sessionId, String method) {
}
