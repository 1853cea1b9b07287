package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.Map;

import io.custodian.analytics.Dimension;

/**
 * A raw event that counts: a pageview, an action (with its properties, empty when none), engaged time reported without
 * its pageview, or a reported scroll depth ({@code scrollDepth} in percent, -1 on other hits).
 */
record RawHit(Instant at, long seq, Kind kind, String visitor, String pageview, String path, String title,
		String action, long engagedMs, Map<String, String> props, int scrollDepth) {

	/** What a hit counts as; a session's first pageview counts as a pageview and as a visit. */
	enum Kind {

		PAGEVIEW(Dimension.PAGE, Dimension.TITLE), VISIT(Dimension.EXIT_PAGE, null),
		ENGAGEMENT(Dimension.PAGE, Dimension.TITLE), ACTION(Dimension.ACTION, null),
		SCROLL(Dimension.PAGE, Dimension.TITLE);

		private final Dimension own;

		private final Dimension alsoOwn;

		Kind(Dimension own, Dimension alsoOwn) {
			this.own = own;
			this.alsoOwn = alsoOwn;
		}

		/** Whether figures of this kind count under the values of {@code d}. */
		boolean countsUnder(Dimension d) {
			return d.isSession() || d == own || d == alsoOwn;
		}
	}

	boolean isBefore(Instant otherAt, long otherSeq) {
		return at.isBefore(otherAt) || at.equals(otherAt) && seq < otherSeq;
	}

	/** Whether this hit is a pageview or an action: what ends the time of the pageview before it. */
	boolean endsPageTime() {
		return kind == Kind.PAGEVIEW || kind == Kind.ACTION;
	}
}
