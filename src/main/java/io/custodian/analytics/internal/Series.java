package io.custodian.analytics.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.DateRange;

/** A time series of every site-local day or hour of a range, starting at zero; figures outside it are dropped. */
final class Series {

	private final Map<LocalDateTime, long[]> sums = new LinkedHashMap<>();

	Series(DateRange range, Interval interval) {
		var cursor = range.from().atStartOfDay();
		var end = range.to().plusDays(1).atStartOfDay();
		while (cursor.isBefore(end)) {
			sums.put(cursor, new long[4]);
			cursor = interval == Interval.HOUR ? cursor.plusHours(1) : cursor.plusDays(1);
		}
	}

	void add(LocalDateTime start, long visitors, long visits, long pageviews, long actions) {
		var s = sums.get(start);
		if (s != null) {
			s[0] += visitors;
			s[1] += visits;
			s[2] += pageviews;
			s[3] += actions;
		}
	}

	List<Point> points() {
		var points = new ArrayList<Point>(sums.size());
		sums.forEach((start, s) -> points.add(new Point(start, s[0], s[1], s[2], s[3])));
		return points;
	}
}
