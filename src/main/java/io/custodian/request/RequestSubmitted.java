package io.custodian.request;

import java.util.UUID;

/** A request was received; the same answer whether or not its email is known. */
public record RequestSubmitted(UUID id, String reference, String message) {
}
