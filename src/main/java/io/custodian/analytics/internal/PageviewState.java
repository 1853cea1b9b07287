package io.custodian.analytics.internal;

import java.time.Instant;

/** What the rollups remember of a pageview: where its engaged time counts and how much was counted so far. */
final class PageviewState {

	final Instant bucket;

	final String path;

	final String title;

	long engagedMs;

	Instant lastSeen;

	PageviewState(Instant bucket, String path, String title, long engagedMs, Instant lastSeen) {
		this.bucket = bucket;
		this.path = path;
		this.title = title;
		this.engagedMs = engagedMs;
		this.lastSeen = lastSeen;
	}
}
