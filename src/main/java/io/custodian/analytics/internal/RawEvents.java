package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.Analytics.Row;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filters;
import io.custodian.site.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Figures computed from raw events with one range scan on site and time ({@link RawScan}) that sums everything a
 * dashboard shows ({@link RawFigures}), for a whole range or for each of its days; within a web request the figures
 * of a range and filters are computed once. The reference the rollups and segment archives agree with.
 */
@Component
class RawEvents {

	/** Events this long before and after the range are read too, so that sessions crossing its ends are whole. */
	static final Duration SESSION_MARGIN = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(RawEvents.class);

	private static final String MEMO = RawEvents.class.getName();

	private final RawScan scan;

	RawEvents(RawScan scan) {
		this.scan = scan;
	}

	/** What one evaluation is for. */
	private record Key(UUID site, DateRange range, Filters filters) {
	}

	Metrics totals(Site site, DateRange range, Filters filters) {
		return figures(site, range, filters).totals();
	}

	List<Point> timeseries(Site site, DateRange range, Filters filters, Interval interval) {
		return figures(site, range, filters).timeseries(interval);
	}

	List<Row> breakdown(Site site, DateRange range, Dimension dimension, Filters filters, int limit) {
		return figures(site, range, filters).breakdown(dimension, limit);
	}

	List<Row> properties(Site site, DateRange range, Filters filters, int limit) {
		return figures(site, range, filters).properties(limit);
	}

	List<Row> property(Site site, DateRange range, String name, Filters filters, int limit) {
		return figures(site, range, filters).property(name, limit);
	}

	/** The scroll depth of each page with any, under the filters. */
	Map<String, Integer> scrollDepths(Site site, DateRange range, Filters filters) {
		return figures(site, range, filters).scrollDepths();
	}

	private RawFigures figures(Site site, DateRange range, Filters filters) {
		return RequestMemo.get(MEMO, new Key(site.id(), range, filters), () -> evaluate(site, range, filters));
	}

	private RawFigures evaluate(Site site, DateRange range, Filters filters) {
		var zone = site.timeZone();
		var from = JdbcAnalytics.start(range.from(), zone);
		var to = JdbcAnalytics.start(range.to().plusDays(1), zone);
		var figures = new RawFigures(range, zone, filters, from, to);
		var sessions = scan.read(site.id(), from.minus(SESSION_MARGIN), to.plus(SESSION_MARGIN), filters);
		sessions.all().forEach(s -> figures.add(s, sessions.pageviewMs()));
		return figures;
	}

	/** The figures of each day from {@code first} to {@code last}, from one scan; sessions are rebuilt as for a range. */
	NavigableMap<LocalDate, RawFigures> byDay(Site site, LocalDate first, LocalDate last, Filters filters) {
		var zone = site.timeZone();
		var days = new TreeMap<LocalDate, RawFigures>();
		for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.put(day, new RawFigures(new DateRange(day, day), zone, filters, JdbcAnalytics.start(day, zone),
					JdbcAnalytics.start(day.plusDays(1), zone)));
		}
		var from = JdbcAnalytics.start(first, zone);
		var to = JdbcAnalytics.start(last.plusDays(1), zone);
		long started = System.nanoTime();
		var sessions = scan.read(site.id(), from.minus(SESSION_MARGIN), to.plus(SESSION_MARGIN), filters);
		log.debug("Read {} sessions of {} to {} from raw events in {} ms", sessions.all().size(), first, last,
				(System.nanoTime() - started) / 1_000_000);
		for (var session : sessions.all()) {
			if (session.hits.isEmpty()) {
				continue;
			}
			Instant earliest = session.hits.getFirst().at();
			Instant latest = earliest;
			for (var hit : session.hits) {
				earliest = hit.at().isBefore(earliest) ? hit.at() : earliest;
				latest = hit.at().isAfter(latest) ? hit.at() : latest;
			}
			var end = LocalDate.ofInstant(latest, zone).plusDays(1);
			for (var day = LocalDate.ofInstant(earliest, zone).minusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
				var figures = days.get(day);
				if (figures != null) {
					figures.add(session, sessions.pageviewMs());
				}
			}
		}
		return days;
	}
}
