package io.custodian.request.internal;

/** One email to a requester as it waits in the outbox: recipient, subject and plain text. */
record OutgoingMail(String to, String subject, String text) {
}
