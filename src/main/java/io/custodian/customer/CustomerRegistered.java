package io.custodian.customer;

import java.util.UUID;

/** A customer was added to the vault. */
public record CustomerRegistered(UUID customerId, String source) {
}
