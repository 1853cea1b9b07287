package io.custodian.analytics.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Interval;

/**
 * The dashboard chart's data: labels per hour or day (days with imported history marked), a series per chartable key
 * figure, and the same series of the previous period under "previous" (empty when not comparing).
 */
final class ChartSeries {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00");

	/** The mark of a day whose figures include imported history (history module). */
	static final String IMPORTED = " (imported)";

	private ChartSeries() {
	}

	static Map<String, Object> of(List<Analytics.Point> points, List<Analytics.Point> previous, Interval interval) {
		var series = figures(points);
		series.put("labels", points.stream()
			.map(p -> (interval == Interval.HOUR ? p.start().format(HOUR) : p.start().toLocalDate().toString())
					+ (p.imported() ? IMPORTED : ""))
			.toList());
		series.put("imported", points.stream().map(Analytics.Point::imported).toList());
		series.put("previous", previous.isEmpty() ? Map.of() : figures(previous));
		return series;
	}

	private static Map<String, Object> figures(List<Analytics.Point> points) {
		var series = new LinkedHashMap<String, Object>();
		series.put("visitors", points.stream().map(Analytics.Point::visitors).toList());
		series.put("visits", points.stream().map(Analytics.Point::visits).toList());
		series.put("pageviews", points.stream().map(Analytics.Point::pageviews).toList());
		series.put("viewsPerVisit", points.stream()
			.map(p -> p.visits() == 0 ? 0 : Math.round(100.0 * p.pageviews() / p.visits()) / 100.0)
			.toList());
		return series;
	}
}
