package io.custodian.analytics.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.Analytics.Row;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.site.Site;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Totals, time series and breakdowns summed from the hourly and daily rollups, under no filter or one filter. */
@Component
class RollupQueries {

	private static final String SUMS = """
			COALESCE(SUM(pageviews), 0) AS pageviews, COALESCE(SUM(visits), 0) AS visits,
			COALESCE(SUM(visitors), 0) AS visitors, COALESCE(SUM(bounces), 0) AS bounces,
			COALESCE(SUM(engaged_ms), 0) AS engaged_ms, COALESCE(SUM(actions), 0) AS actions""";

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Metrics totals(Site site, DateRange range, Optional<Filter> filter) {
		return jdbc.sql("SELECT " + SUMS + "\n" + """
				 FROM analytics_rollup_daily WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND local_day >= :first AND local_day <= :last""")
			.param("site", site.id())
			.param("dimension", filter.map(Filter::dimension).orElse(Dimension.TOTAL).id())
			.param("value", filter.map(Filter::value).orElse(""))
			.param("first", range.from()).param("last", range.to())
			.query((rs, n) -> MetricFormulas.metrics(rs))
			.single();
	}

	List<Point> timeseries(Site site, DateRange range, Optional<Filter> filter, Interval interval) {
		var zone = site.timeZone();
		var series = new Series(range, interval);
		var hourly = interval == Interval.HOUR;
		jdbc.sql("SELECT " + (hourly ? "bucket_start" : "local_day") + ", " + SUMS + "\n" + (hourly ? """
				 FROM analytics_rollup WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND bucket_start >= :from AND bucket_start < :to GROUP BY bucket_start""" : """
				 FROM analytics_rollup_daily WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND local_day >= :first AND local_day <= :last GROUP BY local_day"""))
			.param("site", site.id())
			.param("dimension", filter.map(Filter::dimension).orElse(Dimension.TOTAL).id())
			.param("value", filter.map(Filter::value).orElse(""))
			.param("from", RollupJob.utc(JdbcAnalytics.start(range.from(), zone)))
			.param("to", RollupJob.utc(JdbcAnalytics.start(range.to().plusDays(1), zone)))
			.param("first", range.from()).param("last", range.to())
			.query((rs, n) -> {
				var key = hourly
						? LocalDateTime.ofInstant(RollupJob.instant(rs, "bucket_start"), zone).truncatedTo(ChronoUnit.HOURS)
						: rs.getObject("local_day", LocalDate.class).atStartOfDay();
				series.add(key, rs.getLong("visitors"), rs.getLong("visits"), rs.getLong("pageviews"),
						rs.getLong("actions"));
				return key;
			}).list();
		return series.points();
	}

	/** The top values of a dimension; with a filter on that dimension, only its value. */
	List<Row> breakdown(Site site, DateRange range, Dimension dimension, Optional<Filter> own, int limit) {
		return jdbc.sql("SELECT dim_value, " + SUMS + "\n" + """
				 FROM analytics_rollup_daily WHERE site_id = :site AND dimension = :dimension
				  AND local_day >= :first AND local_day <= :last""" + (own.isEmpty() ? "" : " AND dim_value = :value") + "\n" + """
				 GROUP BY dim_value
				 HAVING SUM(pageviews) <> 0 OR SUM(visits) <> 0 OR SUM(visitors) <> 0 OR SUM(actions) <> 0
				 ORDER BY SUM(visitors) DESC, SUM(visits) DESC, SUM(pageviews) DESC, SUM(actions) DESC, dim_value
				 LIMIT :limit""")
			.param("site", site.id()).param("dimension", dimension.id())
			.param("first", range.from()).param("last", range.to())
			.param("value", own.map(Filter::value).orElse(""))
			.param("limit", limit)
			.query((rs, n) -> MetricFormulas.row(rs.getString("dim_value"), MetricFormulas.metrics(rs))).list();
	}
}
