package io.custodian.analytics.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.Analytics.Row;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;

/**
 * Figures summed from rows of whole site-local days, archived ({@link SegmentArchive}) or just computed from raw
 * events ({@link RawFigures#forEachRow}): a row per day for the {@link #TOTAL}, per local {@link #HOUR} and per
 * dimension value. Visitors count once per day, as everywhere in analytics, so days add up. Not thread-safe: one
 * request's figures.
 */
final class DayFigures implements Figures {

	static final String TOTAL = Dimension.TOTAL.id();

	static final String HOUR = "hour";

	private final DateRange range;

	private final Map<LocalDate, Counters> days = new HashMap<>();

	private final Map<LocalDateTime, Counters> hours = new HashMap<>();

	private final Map<String, Map<String, Counters>> values = new HashMap<>();

	private final Set<String> loaded = new HashSet<>();

	private final BiConsumer<String, DayFigures> archivedValues;

	/** {@code archivedValues} adds a dimension's values on archived days; it is called the first time one is shown. */
	DayFigures(DateRange range, BiConsumer<String, DayFigures> archivedValues) {
		this.range = range;
		this.archivedValues = archivedValues;
	}

	/** Adds a row of one day; rows of a dimension value may also come summed over days (any {@code day}). */
	void add(LocalDate day, String dimension, String value, Counters c) {
		var into = switch (dimension) {
			case "total" -> days.computeIfAbsent(day, k -> new Counters());
			case HOUR -> hours.computeIfAbsent(day.atTime(Integer.parseInt(value), 0), k -> new Counters());
			default -> values.computeIfAbsent(dimension, k -> new HashMap<>()).computeIfAbsent(value, k -> new Counters());
		};
		into.add(c);
	}

	@Override
	public Metrics totals() {
		var sum = new Counters();
		days.values().forEach(sum::add);
		return sum.metrics();
	}

	@Override
	public List<Point> timeseries(Interval interval) {
		var series = new Series(range, interval);
		if (interval == Interval.HOUR) {
			hours.forEach((hour, c) -> series.add(hour, c.visitors, c.visits, c.pageviews, c.actions));
		}
		else {
			days.forEach((day, c) -> series.add(day.atStartOfDay(), c.visitors, c.visits, c.pageviews, c.actions));
		}
		return series.points();
	}

	@Override
	public List<Row> breakdown(Dimension dimension, int limit) {
		if (loaded.add(dimension.id())) {
			archivedValues.accept(dimension.id(), this);
		}
		var rows = new ArrayList<Row>();
		values.getOrDefault(dimension.id(), Map.of()).forEach((value, c) -> {
			if (!c.isEmpty()) {
				rows.add(MetricFormulas.row(value, c.metrics()));
			}
		});
		rows.sort(RawFigures.ORDER);
		return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
	}
}
