package io.custodian.history.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.custodian.analytics.Dimension;
import io.custodian.analytics.ImportedFigures.DayValue;

/**
 * Figures per site-local day, dimension and value as an import adds them up: counts added as given, and visitors
 * counted once per day, dimension and value for row-level sources.
 */
final class DayTally {

	private final Map<LocalDate, Map<Key, Sums>> days = new TreeMap<>();

	void add(LocalDate day, Dimension dimension, String value, long visitors, long visits, long pageviews,
			long bounces, long engagedMs, long actions) {
		var sums = sums(day, dimension, value);
		sums.visitors += visitors;
		sums.visits += visits;
		sums.pageviews += pageviews;
		sums.bounces += bounces;
		sums.engagedMs += engagedMs;
		sums.actions += actions;
	}

	/** Counts the visitor once for the day, dimension and value. */
	void visitor(LocalDate day, Dimension dimension, String value, String visitor) {
		var sums = sums(day, dimension, value);
		if (sums.seen == null) {
			sums.seen = new HashSet<>();
		}
		if (sums.seen.add(visitor)) {
			sums.visitors++;
		}
	}

	/** One visit under each of the given dimension values (the day's total among them when given). */
	void visit(LocalDate day, String visitor, Map<Dimension, String> values, long pageviews, boolean bounce,
			long engagedMs) {
		values.forEach((dimension, value) -> {
			add(day, dimension, value, 0, 1, pageviews, bounce ? 1 : 0, engagedMs, 0);
			visitor(day, dimension, value, visitor);
		});
	}

	Map<LocalDate, List<DayValue>> values() {
		var out = new TreeMap<LocalDate, List<DayValue>>();
		days.forEach((day, keys) -> {
			var list = new ArrayList<DayValue>(keys.size());
			keys.forEach((key, s) -> list.add(new DayValue(key.dimension(), key.value(), s.visitors, s.visits,
					s.pageviews, s.bounces, s.engagedMs, s.actions)));
			out.put(day, list);
		});
		return out;
	}

	Set<LocalDate> days() {
		return days.keySet();
	}

	private Sums sums(LocalDate day, Dimension dimension, String value) {
		var key = new Key(dimension, dimension == Dimension.TOTAL ? "" : value == null || value.isBlank()
				? Dimension.NONE : value.strip());
		return days.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(key, k -> new Sums());
	}

	private record Key(Dimension dimension, String value) {
	}

	private static final class Sums {

		long visitors;

		long visits;

		long pageviews;

		long bounces;

		long engagedMs;

		long actions;

		Set<String> seen;
	}
}
