package io.custodian.request.internal;

import java.util.UUID;

/** A request was fulfilled; carries the requester's confirmation mail, encrypted for that request. */
record RequestCompleted(UUID request, byte[] confirmationCiphertext) {
}
