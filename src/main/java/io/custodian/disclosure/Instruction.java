package io.custodian.disclosure;

import java.time.Instant;

/** One version of the instructions a recipient follows; a new version never replaces an old one. */
public record Instruction(int version, String text, Instant createdAt, String createdBy) {
}
