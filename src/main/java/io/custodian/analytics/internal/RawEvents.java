package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.Analytics.Row;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filters;
import io.custodian.analytics.internal.RawEventSql.Grouping;
import io.custodian.collect.Site;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures the one-dimensional rollups cannot give (several filters, or a breakdown filtered on another dimension),
 * computed from raw events over the range with one range scan on site and time; see {@link RawEventSql}.
 */
@Component
class RawEvents {

	/** Events this long before and after the range are read too, so that sessions crossing its ends are whole. */
	static final Duration SESSION_MARGIN = Duration.ofDays(1);

	private final JdbcClient jdbc;

	RawEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Metrics totals(Site site, DateRange range, Filters filters) {
		return statement(site, range, Grouping.TOTAL, null, filters, 1).query((rs, n) -> JdbcAnalytics.metrics(rs))
			.single();
	}

	List<Point> timeseries(Site site, DateRange range, Filters filters, Interval interval) {
		var series = new Series(range, interval);
		var grouping = interval == Interval.HOUR ? Grouping.HOUR : Grouping.DAY;
		statement(site, range, grouping, null, filters, 1).query((rs, n) -> {
			long key = rs.getLong("g");
			var start = interval == Interval.HOUR ? LocalDateTime.ofEpochSecond(key * 3600, 0, ZoneOffset.UTC)
					: LocalDate.ofEpochDay(key).atStartOfDay();
			series.add(start, rs.getLong("visitors"), rs.getLong("visits"), rs.getLong("pageviews"),
					rs.getLong("actions"));
			return start;
		}).list();
		return series.points();
	}

	List<Row> breakdown(Site site, DateRange range, Dimension dimension, Filters filters, int limit) {
		return statement(site, range, Grouping.DIMENSION, dimension, filters, limit)
			.query((rs, n) -> JdbcAnalytics.row(rs.getString("g"), rs))
			.list();
	}

	private JdbcClient.StatementSpec statement(Site site, DateRange range, Grouping grouping, Dimension dimension,
			Filters filters, int limit) {
		var zone = site.timeZone();
		var from = JdbcAnalytics.start(range.from(), zone);
		var to = JdbcAnalytics.start(range.to().plusDays(1), zone);
		var scanFrom = from.minus(SESSION_MARGIN);
		var scanTo = to.plus(SESSION_MARGIN);
		var spec = jdbc.sql(RawEventSql.query(grouping, dimension, filters, zone, scanFrom, scanTo))
			.param("site", site.id())
			.param("scanFrom", RollupJob.utc(scanFrom))
			.param("scanTo", RollupJob.utc(scanTo))
			.param("from", RollupJob.utc(from))
			.param("to", RollupJob.utc(to));
		for (int i = 0; i < filters.size(); i++) {
			spec = spec.param("f" + i, filters.all().get(i).value());
		}
		return grouping == Grouping.DIMENSION ? spec.param("limit", limit) : spec;
	}
}
