package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.collect.EventLog;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the hourly and daily rollups when they can answer (no filter, or one filter on a single dimension); otherwise
 * the filters' {@link Segments} (archived days, raw events for the rest). The live view reads raw events.
 */
@Service
@Transactional(readOnly = true)
class JdbcAnalytics implements Analytics {

	static final long MAX_HOURLY_DAYS = 31;

	private final Sites sites;

	private final RollupQueries rollups;

	private final Segments segments;

	private final LiveActivity activity;

	private final RawEvents raw;

	private final EventLog events;

	JdbcAnalytics(Sites sites, RollupQueries rollups, Segments segments, LiveActivity activity, RawEvents raw,
			EventLog events) {
		this.sites = sites;
		this.rollups = rollups;
		this.segments = segments;
		this.activity = activity;
		this.raw = raw;
		this.events = events;
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
		if (!rollupsAnswer(filters)) {
			return segments.figures(site, range, filters).timeseries(interval);
		}
		return rollups.timeseries(site, range, filters.single(), interval);
	}

	@Override
	public List<Row> breakdown(UUID siteId, DateRange range, Dimension dimension, Filters filters, int limit) {
		var site = site(siteId);
		if (dimension == null || dimension == Dimension.TOTAL) {
			throw new InvalidInput("dimension", "is not a dimension one can break down by");
		}
		checkLimit(limit);
		var own = filters.single().filter(f -> f.dimension() == dimension && rollupsAnswer(filters));
		if (!filters.isEmpty() && own.isEmpty()) {
			var rows = segments.figures(site, range, filters).breakdown(dimension, limit);
			return dimension == Dimension.PAGE ? withScrollDepths(rows, raw.scrollDepths(site, range, filters)) : rows;
		}
		var rows = rollups.breakdown(site, range, dimension, own, limit);
		return dimension == Dimension.PAGE ? withScrollDepths(rows, scrollDepths(site, range)) : rows;
	}

	@Override
	public List<Row> properties(UUID siteId, DateRange range, Filters filters, int limit) {
		var site = site(siteId);
		checkLimit(limit);
		return raw.properties(site, range, filters, limit);
	}

	@Override
	public List<Row> propertyBreakdown(UUID siteId, DateRange range, String property, Filters filters, int limit) {
		var site = site(siteId);
		Filter.propertyName(property, "property");
		checkLimit(limit);
		return raw.property(site, range, property, filters, limit);
	}

	/** The unfiltered scroll depth of each page with any, read in the database. */
	private Map<String, Integer> scrollDepths(Site site, DateRange range) {
		var zone = site.timeZone();
		var depths = new HashMap<String, Integer>();
		events.scrollDepths(site.id(), start(range.from(), zone), start(range.to().plusDays(1), zone))
			.forEach((path, d) -> depths.put(path, ScrollDepth.average(d.sessions(), d.sum())));
		return depths;
	}

	private static List<Row> withScrollDepths(List<Row> rows, Map<String, Integer> depths) {
		return depths.isEmpty() ? rows : rows.stream().map(r -> r.withScrollDepth(depths.get(r.value()))).toList();
	}

	/** Whether the rollups hold the figures: no filter, or one on a dimension (not on a property). */
	private static boolean rollupsAnswer(Filters filters) {
		return filters.size() <= 1 && !filters.hasProperty();
	}

	private static void checkLimit(int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidInput("limit", "must be between 1 and 1000");
		}
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

	/** The instant a site-local day starts. */
	static Instant start(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	/**
	 * The start of the site-local hour {@code at} falls in: the UTC hour for whole-hour offsets, half past for
	 * India or Newfoundland, so that every rollup hour lies within one site-local day.
	 */
	static Instant hourStart(Instant at, ZoneId zone) {
		int fraction = Math.floorMod(zone.getRules().getOffset(at).getTotalSeconds(), 3600);
		long seconds = at.getEpochSecond() + fraction;
		return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, 3600) - fraction);
	}

	private Metrics totals(Site site, DateRange range, Filters filters) {
		if (!rollupsAnswer(filters)) {
			return segments.figures(site, range, filters).totals();
		}
		return rollups.totals(site, range, filters.single());
	}

	private Site site(UUID siteId) {
		return sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
	}
}
