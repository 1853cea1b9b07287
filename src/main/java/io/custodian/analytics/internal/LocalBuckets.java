package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;

/** SQL (H2 and PostgreSQL) for the site-local day or hour of a timestamp, exact across offset changes. */
final class LocalBuckets {

	private LocalBuckets() {
	}

	/** The site-local day or hour (seconds = 86400 or 3600) of a timestamp, counted from the epoch. */
	static String of(String column, int seconds, ZoneId zone, Instant from, Instant to) {
		return "CAST(FLOOR(" + localSeconds(column, zone, from, to) + " / " + seconds + ") AS BIGINT)";
	}

	/** Seconds since the epoch in site-local time, with the zone's offset changes inside the scanned period. */
	private static String localSeconds(String column, ZoneId zone, Instant from, Instant to) {
		var epoch = "EXTRACT(EPOCH FROM " + column + ")";
		var rules = zone.getRules();
		var cases = new ArrayList<String>();
		var transition = rules.nextTransition(from);
		while (transition != null && transition.getInstant().isBefore(to)) {
			cases.add(" WHEN " + epoch + " < " + transition.getInstant().getEpochSecond() + " THEN "
					+ transition.getOffsetBefore().getTotalSeconds());
			transition = rules.nextTransition(transition.getInstant());
		}
		var last = rules.getOffset(to).getTotalSeconds();
		return "(" + epoch + " + " + (cases.isEmpty() ? String.valueOf(last)
				: "CASE" + String.join("", cases) + " ELSE " + last + " END") + ")";
	}
}
