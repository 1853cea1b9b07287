package io.custodian.analytics.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.Analytics.Row;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filters;
import io.custodian.collect.Site;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Figures the one-dimensional rollups cannot give (several filters, or a breakdown filtered on another dimension),
 * computed from raw events with one range scan on site and time ({@link RawScan}) that sums everything a dashboard
 * shows ({@link RawFigures}); within a web request the figures of a range and filters are computed once.
 */
@Component
class RawEvents {

	/** Events this long before and after the range are read too, so that sessions crossing its ends are whole. */
	static final Duration SESSION_MARGIN = Duration.ofDays(1);

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

	private RawFigures figures(Site site, DateRange range, Filters filters) {
		var request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return evaluate(site, range, filters);
		}
		@SuppressWarnings("unchecked")
		var memo = (Map<Key, RawFigures>) request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
		if (memo == null) {
			memo = new HashMap<>();
			request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
		}
		return memo.computeIfAbsent(new Key(site.id(), range, filters), k -> evaluate(site, range, filters));
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
}
