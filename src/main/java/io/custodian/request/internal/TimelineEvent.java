package io.custodian.request.internal;

import java.time.Instant;

/** One entry of a request's timeline: when, by whom, what happened, and the decrypted note when there is one. */
public record TimelineEvent(Instant at, String actor, String kind, String note) {
}
