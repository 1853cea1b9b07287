package io.custodian.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Site analytics: summary, time series, breakdowns, and a live view from recent raw events. Unfiltered figures and
 * those filtered on one dimension come from hourly rollups; any other combination of filters is computed from raw
 * events with the same definitions. Dates are in the site's time zone. Unknown sites raise a 404 problem, bad input a
 * 400 naming the field.
 */
public interface Analytics {

	Summary summary(UUID siteId, DateRange range, Filters filters, boolean compare);

	List<Point> timeseries(UUID siteId, DateRange range, Filters filters, Interval interval);

	/** Top values of a dimension among the figures that pass every filter. */
	List<Row> breakdown(UUID siteId, DateRange range, Dimension dimension, Filters filters, int limit);

	/**
	 * The property names of the actions that pass every filter, most visitors first: value is the name, actions the
	 * events that carried it, visits and visitors those with such an event. Computed from raw events.
	 */
	List<Row> properties(UUID siteId, DateRange range, Filters filters, int limit);

	/** The top values of one action property, counted like {@link #properties}; (none) is never a value. */
	List<Row> propertyBreakdown(UUID siteId, DateRange range, String property, Filters filters, int limit);

	Live live(UUID siteId);

	/** Today in the site's time zone. */
	LocalDate today(UUID siteId);

	enum Interval {
		HOUR, DAY
	}

	/** Figures for a period. bounceRate in percent (one decimal), avgTimeOnPageMs = engaged time / pageviews. */
	record Metrics(long visitors, long visits, long pageviews, Double bounceRate, Long avgTimeOnPageMs, long actions) {
	}

	/** Change in percent from the previous period (null when the previous value is zero or absent). */
	record Change(Double visitors, Double visits, Double pageviews, Double bounceRate, Double avgTimeOnPageMs,
			Double actions) {
	}

	/** filters lists every filter as dimension:value; filter repeats it when there is exactly one (older clients). */
	record Summary(UUID siteId, LocalDate from, LocalDate to, String filter, List<String> filters, Metrics current,
			LocalDate previousFrom, LocalDate previousTo, Metrics previous, Change change) {
	}

	/** One interval of a time series: its start in site-local time. */
	record Point(LocalDateTime start, long visitors, long visits, long pageviews, long actions) {
	}

	/**
	 * One value of a breakdown. scrollDepth is, for pages, the average of each session's deepest scroll on the page in
	 * percent (null where no scroll depth was reported, and for other dimensions).
	 */
	record Row(String value, long visitors, long visits, long pageviews, Double bounceRate, Long avgTimeOnPageMs,
			long actions, Integer scrollDepth) {

		public Row(String value, long visitors, long visits, long pageviews, Double bounceRate, Long avgTimeOnPageMs,
				long actions) {
			this(value, visitors, visits, pageviews, bounceRate, avgTimeOnPageMs, actions, null);
		}

		/** The same row with a scroll depth. */
		public Row withScrollDepth(Integer depth) {
			return new Row(value, visitors, visits, pageviews, bounceRate, avgTimeOnPageMs, actions, depth);
		}
	}

	record Live(UUID siteId, Instant since, long visitors, long pageviews, List<LivePage> topPages) {
	}

	record LivePage(String path, long visitors, long pageviews) {
	}
}
