package io.custodian.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.collect.Site;
import io.custodian.collect.Sites;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the hourly rollups when they can answer (no filter, or one filter on a single dimension); otherwise
 * {@link RawEvents}. The live view reads raw events (one range scan on site and time).
 */
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

	private final RawEvents raw;

	JdbcAnalytics(JdbcClient jdbc, Sites sites, RawEvents raw) {
		this.jdbc = jdbc;
		this.sites = sites;
		this.raw = raw;
	}

	@Override
	public Summary summary(UUID siteId, DateRange range, Filters filters, boolean compare) {
		var site = site(siteId);
		var current = totals(site, range, filters);
		var filter = filters.single().map(Filter::asParameter).orElse(null);
		if (!compare) {
			return new Summary(siteId, range.from(), range.to(), filter, filters.asParameters(), current, null, null,
					null, null);
		}
		var previousRange = range.previous();
		var previous = totals(site, previousRange, filters);
		var change = new Change(change(current.visitors(), previous.visitors()),
				change(current.visits(), previous.visits()), change(current.pageviews(), previous.pageviews()),
				change(current.bounceRate(), previous.bounceRate()),
				change(current.avgTimeOnPageMs(), previous.avgTimeOnPageMs()),
				change(current.actions(), previous.actions()));
		return new Summary(siteId, range.from(), range.to(), filter, filters.asParameters(), current,
				previousRange.from(), previousRange.to(), previous, change);
	}

	@Override
	public List<Point> timeseries(UUID siteId, DateRange range, Filters filters, Interval interval) {
		var site = site(siteId);
		if (interval == Interval.HOUR && range.days() > MAX_HOURLY_DAYS) {
			throw new InvalidInput("interval", "hour is available for ranges of at most " + MAX_HOURLY_DAYS + " days");
		}
		if (filters.size() > 1) {
			return raw.timeseries(site, range, filters, interval);
		}
		var zone = site.timeZone();
		var series = new Series(range, interval);
		var filter = filters.single();
		var hourly = interval == Interval.HOUR;
		jdbc.sql("SELECT " + (hourly ? "bucket_start" : "local_day") + ", " + SUMS + "\n" + (hourly ? """
				 FROM analytics_rollup WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND bucket_start >= :from AND bucket_start < :to GROUP BY bucket_start""" : """
				 FROM analytics_rollup_daily WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND local_day >= :first AND local_day <= :last GROUP BY local_day"""))
			.param("site", siteId)
			.param("dimension", filter.map(Filter::dimension).orElse(Dimension.TOTAL).id())
			.param("value", filter.map(Filter::value).orElse(""))
			.param("from", RollupJob.utc(start(range.from(), zone))).param("to", RollupJob.utc(start(range.to().plusDays(1), zone)))
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

	@Override
	public List<Row> breakdown(UUID siteId, DateRange range, Dimension dimension, Filters filters, int limit) {
		var site = site(siteId);
		if (dimension == null || dimension == Dimension.TOTAL) {
			throw new InvalidInput("dimension", "is not a dimension one can break down by");
		}
		if (limit < 1 || limit > 1000) {
			throw new InvalidInput("limit", "must be between 1 and 1000");
		}
		var own = filters.single().filter(f -> f.dimension() == dimension);
		if (!filters.isEmpty() && own.isEmpty()) {
			return raw.breakdown(site, range, dimension, filters, limit);
		}
		return jdbc.sql("SELECT dim_value, " + SUMS + "\n" + """
				 FROM analytics_rollup_daily WHERE site_id = :site AND dimension = :dimension
				  AND local_day >= :first AND local_day <= :last""" + (own.isEmpty() ? "" : " AND dim_value = :value") + "\n" + """
				 GROUP BY dim_value
				 HAVING SUM(pageviews) <> 0 OR SUM(visits) <> 0 OR SUM(visitors) <> 0 OR SUM(actions) <> 0
				 ORDER BY SUM(visitors) DESC, SUM(visits) DESC, SUM(pageviews) DESC, SUM(actions) DESC, dim_value
				 LIMIT :limit""")
			.param("site", siteId).param("dimension", dimension.id())
			.param("first", range.from()).param("last", range.to())
			.param("value", own.map(Filter::value).orElse(""))
			.param("limit", limit)
			.query((rs, n) -> row(rs.getString("dim_value"), rs)).list();
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

	private Metrics totals(Site site, DateRange range, Filters filters) {
		if (filters.size() > 1) {
			return raw.totals(site, range, filters);
		}
		var filter = filters.single();
		return jdbc.sql("SELECT " + SUMS + "\n" + """
				 FROM analytics_rollup_daily WHERE site_id = :site AND dimension = :dimension AND dim_value = :value
				  AND local_day >= :first AND local_day <= :last""")
			.param("site", site.id())
			.param("dimension", filter.map(Filter::dimension).orElse(Dimension.TOTAL).id())
			.param("value", filter.map(Filter::value).orElse(""))
			.param("first", range.from()).param("last", range.to())
			.query((rs, n) -> metrics(rs))
			.single();
	}

	/** Metrics from the columns visitors, visits, pageviews, bounces, engaged_ms and actions. */
	static Metrics metrics(ResultSet rs) throws SQLException {
		return metrics(rs.getLong("visitors"), rs.getLong("visits"), rs.getLong("pageviews"), rs.getLong("bounces"),
				rs.getLong("engaged_ms"), rs.getLong("actions"));
	}

	static Row row(String value, ResultSet rs) throws SQLException {
		var m = metrics(rs);
		return new Row(value, m.visitors(), m.visits(), m.pageviews(), m.bounceRate(), m.avgTimeOnPageMs(),
				m.actions());
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
