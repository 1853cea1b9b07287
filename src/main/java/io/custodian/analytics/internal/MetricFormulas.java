package io.custodian.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.custodian.analytics.Analytics.Change;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Row;

/** Derives bounce rate, average time on page and changes in percent (one decimal) from summed counts. */
final class MetricFormulas {

	private MetricFormulas() {
	}

	/** Metrics from the columns visitors, visits, pageviews, bounces, engaged_ms and actions. */
	static Metrics metrics(ResultSet rs) throws SQLException {
		return metrics(rs.getLong("visitors"), rs.getLong("visits"), rs.getLong("pageviews"), rs.getLong("bounces"),
				rs.getLong("engaged_ms"), rs.getLong("actions"));
	}

	static Metrics metrics(long visitors, long visits, long pageviews, long bounces, long engagedMs, long actions) {
		Double bounceRate = visits > 0 ? round1(100.0 * bounces / visits) : null;
		Long avg = pageviews > 0 ? Math.round((double) engagedMs / pageviews) : null;
		return new Metrics(visitors, visits, pageviews, bounceRate, avg, actions);
	}

	static Row row(String value, Metrics m) {
		return new Row(value, m.visitors(), m.visits(), m.pageviews(), m.bounceRate(), m.avgTimeOnPageMs(),
				m.actions());
	}

	static Change change(Metrics current, Metrics previous) {
		return new Change(change(current.visitors(), previous.visitors()),
				change(current.visits(), previous.visits()), change(current.pageviews(), previous.pageviews()),
				change(current.bounceRate(), previous.bounceRate()),
				change(current.avgTimeOnPageMs(), previous.avgTimeOnPageMs()),
				change(current.actions(), previous.actions()));
	}

	private static Double change(Number current, Number previous) {
		if (current == null || previous == null || previous.doubleValue() == 0) {
			return null;
		}
		return round1(100.0 * (current.doubleValue() - previous.doubleValue()) / previous.doubleValue());
	}

	private static double round1(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}
}
