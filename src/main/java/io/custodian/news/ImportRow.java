package io.custodian.news;

/** One line of an uploaded subscriber file: its status (queued, sending, done, skipped, invalid, unknown) and why. */
public record ImportRow(int line, String status, String reason) {
}
