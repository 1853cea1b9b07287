package io.custodian.analytics.internal;

import java.util.List;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.Analytics.Row;
import io.custodian.analytics.Dimension;

/** Everything a dashboard shows for one site, range and filters, computed once. */
interface Figures {

	Metrics totals();

	List<Point> timeseries(Interval interval);

	/** The top {@code limit} values of a dimension, most visitors first. */
	List<Row> breakdown(Dimension dimension, int limit);
}
