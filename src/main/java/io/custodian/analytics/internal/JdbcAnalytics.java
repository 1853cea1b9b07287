package io.custodian.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.collect.Site;
import io.custodian.collect.Sites;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the hourly rollups; only the live view reads raw events (one range scan on site and time). */
@Service
@Transactional(readOnly = true)
class JdbcAnalytics implements Analytics {

	static final Duration LIVE_WINDOW = Duration.ofMinutes(30);

	static final long MAX_HOURLY_DAYS = 31;

	private static final String SUMS = """
			COALESCE(SUM(pageviews), 0) AS pageviews, COALESCE(SUM(visits), 0) AS visits,
			COALESCE(SUM(visitors), 0) AS visitors, COALESCE(SUM(bounces), 0) AS bounces,
			COALESCE(SUM(engaged_ms), 0) AS engaged_ms, COALESCE(SUM(actions), 0) AS actions""";

	private final JdbcClient jdbc;

	private final Sites sites;

	JdbcAnalytics(JdbcClient jdbc, Sites sites) {
		this.jdbc = jdbc;
		this.sites = sites;
	}

	@Override
	public Summary summary(UUID siteId, DateRange range, Filter filter, boolean compare) {
		var site = site(siteId);
		var current = totals(site, range, filter);
		if (!compare) {
			return new Summary(siteId, range.from(), range.to(), filter == null ? null : filter.asParameter(), current,
					null, null, null, null);
		}
		var previousRange = range.previous();
		var previous = totals(site, previousRange, filter);
		var change = new Change(change(current.visitors(), previous.visitors()),
				change(current.visits(), previous.visits()), change(current.pageviews(), previous.pageviews()),
				change(current.bounceRate(), previous.bounceRate()),
				change(current.avgTimeOnPageMs(), previous.avgTimeOnPageMs()),
				change(current.actions(), previous.actions()));
		return new Summary(siteId, range.from(), range.to(), filter == null ? null : filter.asParameter(), current,
				previousRange.from(), previousRange.to(), previous, change);
	}

	@Override
	public List<Point> timeseries(UUID siteId, DateRange range, Filter filter, Interval interval) {
		var site = site(siteId);
		if (interval == Interval.HOUR && range.days() > MAX_HOURLY_DAYS) {
			throw new InvalidInput("interval", "hour is available for ranges of at most " + MAX_HOURLY_DAYS + " days");
		}
		var zone = site.timeZone();
		var points = new LinkedHashMap<LocalDateTime, long[]>();
		var cursor = range.from().atStartOfDay();
		var end = range.to().plusDays(1).atStartOfDay();
		while (cursor.isBefore(end)) {
			points.put(cursor, new long[4]);
			cursor = interval == Interval.HOUR ? cursor.plusHours(1) : cursor.plusDays(1);
		}
		var dimension = filter == null ? Dimension.TOTAL : filter.dimension();
		var value = filter == null ? "" : filter.value();
		jdbc.sql("SELECT bucket_start, " + SUMS + "\n" + """
				 FROM analytics_rollup WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND bucket_start >= :from AND bucket_start < :to GROUP BY bucket_start""")
			.param("site", siteId).param("dimension", dimension.id()).param("value", value)
			.param("from", RollupJob.utc(start(range.from(), zone))).param("to", RollupJob.utc(start(range.to().plusDays(1), zone)))
			.query((rs, n) -> {
				var local = LocalDateTime.ofInstant(RollupJob.instant(rs, "bucket_start"), zone);
				var key = interval == Interval.HOUR ? local.truncatedTo(ChronoUnit.HOURS) : local.toLocalDate().atStartOfDay();
				var sums = points.get(key);
				if (sums != null) {
					sums[0] += rs.getLong("visitors");
					sums[1] += rs.getLong("visits");
					sums[2] += rs.getLong("pageviews");
					sums[3] += rs.getLong("actions");
				}
				return key;
			}).list();
		var result = new ArrayList<Point>(points.size());
		points.forEach((start, s) -> result.add(new Point(start, s[0], s[1], s[2], s[3])));
		return result;
	}

	@Override
	public List<Row> breakdown(UUID siteId, DateRange range, Dimension dimension, Filter filter, int limit) {
		var site = site(siteId);
		if (dimension == null || dimension == Dimension.TOTAL) {
			throw new InvalidInput("dimension", "is not a dimension one can break down by");
		}
		if (limit < 1 || limit > 1000) {
			throw new InvalidInput("limit", "must be between 1 and 1000");
		}
		if (filter != null && filter.dimension() != dimension) {
			throw new InvalidInput("filter",
					"breakdowns can only be filtered on their own dimension; rollups are kept per dimension");
		}
		var zone = site.timeZone();
		return jdbc.sql("SELECT dim_value, " + SUMS + "\n" + """
				 FROM analytics_rollup WHERE site_id = :site AND dimension = :dimension
				  AND bucket_start >= :from AND bucket_start < :to""" + (filter == null ? "" : " AND dim_value = :value") + "\n" + """
				 GROUP BY dim_value
				 HAVING SUM(pageviews) <> 0 OR SUM(visits) <> 0 OR SUM(visitors) <> 0 OR SUM(actions) <> 0
				 ORDER BY SUM(visitors) DESC, SUM(visits) DESC, SUM(pageviews) DESC, SUM(actions) DESC, dim_value
				 LIMIT :limit""")
			.param("site", siteId).param("dimension", dimension.id())
			.param("from", RollupJob.utc(start(range.from(), zone))).param("to", RollupJob.utc(start(range.to().plusDays(1), zone)))
			.param("value", filter == null ? "" : filter.value())
			.param("limit", limit)
			.query((rs, n) -> {
				var m = metrics(rs.getLong("visitors"), rs.getLong("visits"), rs.getLong("pageviews"),
						rs.getLong("bounces"), rs.getLong("engaged_ms"), rs.getLong("actions"));
				return new Row(rs.getString("dim_value"), m.visitors(), m.visits(), m.pageviews(), m.bounceRate(),
						m.avgTimeOnPageMs(), m.actions());
			}).list();
	}

	@Override
	public Live live(UUID siteId) {
		site(siteId);
		var since = Instant.now().minus(LIVE_WINDOW);
		var totals = jdbc.sql("""
				SELECT COUNT(DISTINCT visitor_id) AS visitors,
				       COALESCE(SUM(CASE WHEN type = 'pageview' THEN 1 ELSE 0 END), 0) AS pageviews
				FROM events WHERE site_id = :site AND occurred_at >= :since AND bot = FALSE""")
			.param("site", siteId).param("since", RollupJob.utc(since))
			.query((rs, n) -> new long[] { rs.getLong("visitors"), rs.getLong("pageviews") }).single();
		var pages = jdbc.sql("""
				SELECT path, COUNT(DISTINCT visitor_id) AS visitors, COUNT(*) AS pageviews
				FROM events WHERE site_id = :site AND occurred_at >= :since AND bot = FALSE AND type = 'pageview'
				GROUP BY path ORDER BY COUNT(DISTINCT visitor_id) DESC, COUNT(*) DESC, path LIMIT 10""")
			.param("site", siteId).param("since", RollupJob.utc(since))
			.query((rs, n) -> new LivePage(rs.getString("path"), rs.getLong("visitors"), rs.getLong("pageviews")))
			.list();
		return new Live(siteId, since, totals[0], totals[1], pages);
	}

	@Override
	public LocalDate today(UUID siteId) {
		return LocalDate.now(site(siteId).timeZone());
	}

	private Metrics totals(Site site, DateRange range, Filter filter) {
		var zone = site.timeZone();
		var dimension = filter == null ? Dimension.TOTAL : filter.dimension();
		var value = filter == null ? "" : filter.value();
		return jdbc.sql("SELECT " + SUMS + "\n" + """
				 FROM analytics_rollup WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND bucket_start >= :from AND bucket_start < :to""")
			.param("site", site.id()).param("dimension", dimension.id()).param("value", value)
			.param("from", RollupJob.utc(start(range.from(), zone))).param("to", RollupJob.utc(start(range.to().plusDays(1), zone)))
			.query((rs, n) -> metrics(rs.getLong("visitors"), rs.getLong("visits"), rs.getLong("pageviews"),
					rs.getLong("bounces"), rs.getLong("engaged_ms"), rs.getLong("actions")))
			.single();
	}

	static Metrics metrics(long visitors, long visits, long pageviews, long bounces, long engagedMs, long actions) {
		Double bounceRate = visits > 0 ? round1(100.0 * bounces / visits) : null;
		Long avg = pageviews > 0 ? Math.round((double) engagedMs / pageviews) : null;
		return new Metrics(visitors, visits, pageviews, bounceRate, avg, actions);
	}

	/** The first UTC hour of a site-local day (exact for whole-hour offsets, floored otherwise). */
	static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant().truncatedTo(ChronoUnit.HOURS);
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

	private Site site(UUID siteId) {
		return sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
	}
}
