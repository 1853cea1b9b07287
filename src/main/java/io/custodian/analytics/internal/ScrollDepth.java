package io.custodian.analytics.internal;

/** Scroll depth as Plausible shows it per page: the average of each session's deepest scroll, in whole percent. */
final class ScrollDepth {

	private ScrollDepth() {
	}

	static Integer average(long sessions, long sum) {
		return sessions == 0 ? null : (int) Math.round((double) sum / sessions);
	}
}
