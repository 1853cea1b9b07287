package io.custodian.support;

import java.util.UUID;

/** A case as staff open it for a customer: the customer, a subject of one line and the first message. */
public record NewCase(UUID customerId, String subject, String message) {
}
