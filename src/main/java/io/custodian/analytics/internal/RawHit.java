package io.custodian.analytics.internal;

import java.time.Instant;

import io.custodian.analytics.Dimension;

/** A raw event that counts: a pageview, an action, or engaged time reported without its pageview. */
record RawHit(Instant at, long seq, Kind kind, String visitor, String pageview, String path, String title,
		String action, long engagedMs) {

	/** What a hit counts as; a session's first pageview counts as a pageview and as a visit. */
	enum Kind {

		PAGEVIEW(Dimension.PAGE, Dimension.TITLE), VISIT(Dimension.EXIT_PAGE, null),
		ENGAGEMENT(Dimension.PAGE, Dimension.TITLE), ACTION(Dimension.ACTION, null);

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
}
