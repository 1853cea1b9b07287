package io.custodian.customer;

import java.util.Set;
import java.util.UUID;

/** Fields of a customer were changed or removed. */
public record CustomerUpdated(UUID customerId, Set<String> fields, String source) {
}
