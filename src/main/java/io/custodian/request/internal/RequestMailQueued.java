package io.custodian.request.internal;

import java.util.UUID;

/** A mail to a requester was written to the outbox; published in the writing transaction. */
record RequestMailQueued(UUID request) {
}
