package io.custodian.analytics.internal;

/** Additive rollup counters; deltas may be negative (a bounce that turns into a longer visit). */
final class Counters {

	long pageviews;

	long visits;

	long visitors;

	long bounces;

	long engagedMs;

	long actions;

	boolean isZero() {
		return pageviews == 0 && visits == 0 && visitors == 0 && bounces == 0 && engagedMs == 0 && actions == 0;
	}
}
