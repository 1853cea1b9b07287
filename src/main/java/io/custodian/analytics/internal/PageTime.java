package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;

import io.custodian.collect.WireFormat;

/**
 * The time of a pageview for which the tracker reported no engaged time, counted as each anchor counts it: Umami's
 * tracker sends no engagement, and Umami takes a page's time from the gap to the session's next event (pageview or
 * action); Matomo without heartbeat counts a page's time up to the next pageview of the visit. Plausible's and
 * Custodian's trackers report engaged time, which counts as reported. The last page of a visit has none; gaps longer
 * than a visit's idle timeout count nothing.
 */
enum PageTime {

	/** Engaged time only, as reported (Plausible, Custodian). */
	REPORTED,
	/** Until the next pageview, unless engaged time (a heartbeat) was reported for the pageview (Matomo). */
	NEXT_PAGEVIEW,
	/** Until the next pageview or action (Umami). */
	NEXT_EVENT;

	/** Matomo's and Umami's visit timeout: a longer gap starts a new visit there. */
	static final Duration MAX_GAP = Duration.ofMinutes(30);

	/** The rule for a pageview that came in this stored wire format (null: Custodian's own). */
	static PageTime of(String wire) {
		return switch (WireFormat.ofStored(wire)) {
			case UMAMI -> NEXT_EVENT;
			case MATOMO -> NEXT_PAGEVIEW;
			case PLAUSIBLE, CUSTODIAN -> REPORTED;
		};
	}

	/** Whether an event (a pageview, else an action) ends the time of a pageview counted by this rule. */
	boolean endedBy(boolean pageview) {
		return this == NEXT_EVENT || this == NEXT_PAGEVIEW && pageview;
	}

	/** The gap in milliseconds, 0 when negative or longer than {@link #MAX_GAP}. */
	static long gapMs(Instant pageview, Instant next) {
		long ms = Duration.between(pageview, next).toMillis();
		return ms < 0 || ms > MAX_GAP.toMillis() ? 0 : ms;
	}
}
