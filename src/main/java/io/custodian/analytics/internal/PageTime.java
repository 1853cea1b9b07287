package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The time of a pageview for which the tracker reported no engaged time, as Matomo and Umami count it: the gap to the
 * next pageview or action of the same visit (Matomo's time_spent_ref_action without heartbeat, Umami's time between a
 * session's events); the last page of a visit has none. Gaps longer than a visit's idle timeout count nothing.
 */
final class PageTime {

	/** Matomo's and Umami's visit timeout: a longer gap starts a new visit there. */
	static final Duration MAX_GAP = Duration.ofMinutes(30);

	private PageTime() {
	}

	/**
	 * Whether a pageview's time is derived: with a pageview id when no engaged time was reported for that id, without
	 * one when no event of its session was an engagement (trackers that report engagement report it for every page).
	 */
	static boolean derives(boolean hasPageviewId, boolean reportedForId, boolean sessionReportsEngagement) {
		return hasPageviewId ? !reportedForId : !sessionReportsEngagement;
	}

	/** The gap in milliseconds, 0 when negative or longer than {@link #MAX_GAP}. */
	static long gapMs(Instant pageview, Instant next) {
		long ms = Duration.between(pageview, next).toMillis();
		return ms < 0 || ms > MAX_GAP.toMillis() ? 0 : ms;
	}
}
