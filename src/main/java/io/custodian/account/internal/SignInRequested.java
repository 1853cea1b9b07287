package io.custodian.account.internal;

import java.util.UUID;

/** A known customer asked to sign in: a link and a code for this pending sign-in are to be mailed in this language. */
public record SignInRequested(UUID linkId, UUID customerId, String language) {
}
