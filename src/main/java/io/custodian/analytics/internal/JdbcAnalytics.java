package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the hourly rollups when they can answer (no filter, or one filter on a single dimension); otherwise
 * {@link RawEvents}. The live view reads raw events (one range scan on site and time).
 */
@Service
@Transactional(readOnly = true)
class JdbcAnalytics implements Analytics {

	static final long MAX_HOURLY_DAYS = 31;

	private final Sites sites;

	private final RollupQueries rollups;

	private final RawEvents raw;

	private final LiveActivity activity;

	JdbcAnalytics(Sites sites, RollupQueries rollups, RawEvents raw, LiveActivity activity) {
		this.sites = sites;
		this.rollups = rollups;
		this.raw = raw;
		this.activity = activity;
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
		return new Summary(siteId, range.from(), range.to(), filter, filters.asParameters(), current,
				previousRange.from(), previousRange.to(), previous, MetricFormulas.change(current, previous));
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
		return rollups.timeseries(site, range, filters.single(), interval);
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
		return rollups.breakdown(site, range, dimension, own, limit);
	}

	@Override
	public Live live(UUID siteId) {
		site(siteId);
		return activity.live(siteId);
	}

	@Override
	public LocalDate today(UUID siteId) {
		return LocalDate.now(site(siteId).timeZone());
	}

	/** The first UTC hour of a site-local day (exact for whole-hour offsets, floored otherwise). */
	static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant().truncatedTo(ChronoUnit.HOURS);
	}

	private Metrics totals(Site site, DateRange range, Filters filters) {
		if (filters.size() > 1) {
			return raw.totals(site, range, filters);
		}
		return rollups.totals(site, range, filters.single());
	}

	private Site site(UUID siteId) {
		return sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
	}
}
