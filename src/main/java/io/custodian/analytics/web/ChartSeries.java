package io.custodian.analytics.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Interval;

/** The dashboard chart's data: labels per hour or day (imported days marked), the visitors and pageviews series. */
final class ChartSeries {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00");

	/** The mark of a day whose figures include imported history (history module). */
	static final String IMPORTED = " (imported)";

	private ChartSeries() {
	}

	static Map<String, Object> of(List<Analytics.Point> points, Interval interval) {
		var labels = points.stream()
			.map(p -> (interval == Interval.HOUR ? p.start().format(HOUR) : p.start().toLocalDate().toString())
					+ (p.imported() ? IMPORTED : ""))
			.toList();
		var series = new LinkedHashMap<String, Object>();
		series.put("labels", labels);
		series.put("visitors", points.stream().map(Analytics.Point::visitors).toList());
		series.put("pageviews", points.stream().map(Analytics.Point::pageviews).toList());
		series.put("imported", points.stream().map(Analytics.Point::imported).toList());
		return series;
	}
}
