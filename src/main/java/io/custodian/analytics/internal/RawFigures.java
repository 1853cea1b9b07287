package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.Analytics.Row;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filters;
import io.custodian.analytics.internal.RawHit.Kind;
import io.custodian.analytics.internal.Tally.VisitorDay;

/**
 * Everything a dashboard shows for one range and filters, summed in one pass over rebuilt sessions: totals, days,
 * hours and every breakdown. A figure passes the filters when each filtered dimension is one it counts under and has
 * the filtered value; visitors count once per site-local day (in the hour they are first seen that day).
 */
final class RawFigures implements Figures {

	/** Most visitors first, then visits, pageviews, actions, then by value. */
	static final Comparator<Row> ORDER = Comparator.comparingLong(Row::visitors).reversed()
		.thenComparing(Comparator.comparingLong(Row::visits).reversed())
		.thenComparing(Comparator.comparingLong(Row::pageviews).reversed())
		.thenComparing(Comparator.comparingLong(Row::actions).reversed())
		.thenComparing(Row::value);

	private final DateRange range;

	private final ZoneId zone;

	private final Filters filters;

	private final Instant from;

	private final Instant to;

	private final Tally total = new Tally();

	private final Map<LocalDate, Tally> days = new HashMap<>();

	private final Map<LocalDateTime, Tally> hours = new HashMap<>();

	private final Map<VisitorDay, Instant> firstSeen = new HashMap<>();

	private final Map<Dimension, Map<String, Tally>> breakdowns = new EnumMap<>(Dimension.class);

	private final PropertyTallies properties = new PropertyTallies();

	/** Per page: sessions that reported a scroll depth there, and the sum of each one's deepest. */
	private final Map<String, long[]> scrollDepths = new HashMap<>();

	RawFigures(DateRange range, ZoneId zone, Filters filters, Instant from, Instant to) {
		this.range = range;
		this.zone = zone;
		this.filters = filters;
		this.from = from;
		this.to = to;
		Dimension.breakdowns().forEach(d -> breakdowns.put(d, new HashMap<>()));
	}

	void add(RawSession session, Map<String, Long> pageviewMs) {
		boolean bounced = session.bounced(pageviewMs);
		var deepest = new HashMap<String, Integer>();
		properties.startSession();
		for (var hit : session.hits) {
			if (hit.at().isBefore(from) || !hit.at().isBefore(to)) {
				continue;
			}
			var kind = hit.kind();
			if (kind == Kind.SCROLL) {
				if (passes(kind, session, hit)) {
					deepest.merge(hit.path(), hit.scrollDepth(), Math::max);
				}
				continue;
			}
			if (passes(kind, session, hit)) {
				count(kind, session, hit, session.engagedMs(hit, pageviewMs), 0);
				if (kind == Kind.ACTION) {
					properties.add(hit.props(), visitorDay(hit));
				}
			}
			if (kind == Kind.PAGEVIEW && session.isFirstPageview(hit) && passes(Kind.VISIT, session, hit)) {
				count(Kind.VISIT, session, hit, 0, bounced ? 1 : 0);
			}
		}
		deepest.forEach((path, depth) -> {
			var sum = scrollDepths.computeIfAbsent(path, k -> new long[2]);
			sum[0]++;
			sum[1] += depth;
		});
	}

	private boolean passes(Kind kind, RawSession session, RawHit hit) {
		for (var f : filters.all()) {
			if (f.dimension() == Dimension.PROPERTY) {
				if (!session.carries(f.property(), f.value())) {
					return false;
				}
			}
			else if (!kind.countsUnder(f.dimension()) || !f.value().equals(session.value(f.dimension(), hit))) {
				return false;
			}
		}
		return true;
	}

	private VisitorDay visitorDay(RawHit hit) {
		return hit.visitor() == null ? null
				: new VisitorDay(hit.visitor(), LocalDate.ofInstant(hit.at(), zone).toEpochDay());
	}

	private void count(Kind kind, RawSession session, RawHit hit, long engagedMs, int bounce) {
		var local = LocalDateTime.ofInstant(hit.at(), zone);
		var seen = hit.visitor() != null && (kind == Kind.PAGEVIEW || kind == Kind.ACTION)
				? new VisitorDay(hit.visitor(), local.toLocalDate().toEpochDay()) : null;
		add(total, kind, engagedMs, bounce, seen);
		add(days.computeIfAbsent(local.toLocalDate(), k -> new Tally()), kind, engagedMs, bounce, seen);
		add(hours.computeIfAbsent(local.truncatedTo(ChronoUnit.HOURS), k -> new Tally()), kind, engagedMs, bounce,
				null);
		if (seen != null) {
			firstSeen.merge(seen, hit.at(), (a, b) -> a.isBefore(b) ? a : b);
		}
		breakdowns.forEach((d, values) -> {
			if (kind.countsUnder(d)) {
				add(values.computeIfAbsent(session.value(d, hit), k -> new Tally()), kind, engagedMs, bounce, seen);
			}
		});
	}

	private static void add(Tally tally, Kind kind, long engagedMs, int bounce, VisitorDay seen) {
		switch (kind) {
			case PAGEVIEW -> tally.pageviews++;
			case VISIT -> {
				tally.visits++;
				tally.bounces += bounce;
			}
			case ACTION -> tally.actions++;
			default -> {
			}
		}
		tally.engagedMs += engagedMs;
		if (seen != null) {
			tally.visitors.add(seen);
		}
	}

	@Override
	public Metrics totals() {
		return total.metrics();
	}

	@Override
	public List<Point> timeseries(Interval interval) {
		var series = new Series(range, interval);
		if (interval == Interval.HOUR) {
			hours.forEach((hour, t) -> series.add(hour, 0, t.visits, t.pageviews, t.actions));
			firstSeen.values()
				.forEach(at -> series.add(LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.HOURS), 1, 0, 0, 0));
		}
		else {
			days.forEach((day, t) -> series.add(day.atStartOfDay(), t.visitors.size(), t.visits, t.pageviews,
					t.actions));
		}
		return series.points();
	}

	@Override
	public List<Row> breakdown(Dimension dimension, int limit) {
		var rows = new HashMap<String, Tally>();
		breakdowns.get(dimension).forEach((value, t) -> {
			if (!t.isEmpty()) {
				rows.put(value, t);
			}
		});
		return top(rows, limit);
	}

	/** The property names of the counted actions, most visitors first. */
	List<Row> properties(int limit) {
		return top(properties.names(), limit).stream().map(RawFigures::actionsOnly).toList();
	}

	/** The values of one property of the counted actions, most visitors first. */
	List<Row> property(String name, int limit) {
		return top(properties.values(name), limit).stream().map(RawFigures::actionsOnly).toList();
	}

	private static Row actionsOnly(Row row) {
		return new Row(row.value(), row.visitors(), row.visits(), 0, null, null, row.actions());
	}

	/** The average of each session's deepest scroll per page in percent, for the pages with any. */
	Map<String, Integer> scrollDepths() {
		var depths = new HashMap<String, Integer>();
		scrollDepths.forEach((path, sum) -> depths.put(path, ScrollDepth.average(sum[0], sum[1])));
		return depths;
	}

	private static List<Row> top(Map<String, Tally> tallies, int limit) {
		var rows = new ArrayList<Row>();
		tallies.forEach((value, t) -> rows.add(t.row(value)));
		rows.sort(ORDER);
		return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
	}

	/** Receives the rows of {@link #forEachRow}. */
	interface RowConsumer {

		void accept(String dimension, String value, Counters counters);
	}

	/**
	 * The figures of a single-day range as {@link DayFigures} rows: the total, each local hour (visitors in the hour
	 * first seen) and each value of each dimension.
	 */
	void forEachRow(RowConsumer rows) {
		rows.accept(DayFigures.TOTAL, "", counters(total, total.visitors.size()));
		var hourVisitors = new HashMap<Integer, Integer>();
		firstSeen.values().forEach(at -> hourVisitors.merge(LocalDateTime.ofInstant(at, zone).getHour(), 1, Integer::sum));
		hours.forEach((hour, t) -> rows.accept(DayFigures.HOUR, "%02d".formatted(hour.getHour()),
				counters(t, hourVisitors.getOrDefault(hour.getHour(), 0))));
		breakdowns.forEach((d, values) -> values
			.forEach((value, t) -> rows.accept(d.id(), value, counters(t, t.visitors.size()))));
	}

	private static Counters counters(Tally t, long visitors) {
		var c = new Counters();
		c.pageviews = t.pageviews;
		c.visits = t.visits;
		c.visitors = visitors;
		c.bounces = t.bounces;
		c.engagedMs = t.engagedMs;
		c.actions = t.actions;
		return c;
	}
}
