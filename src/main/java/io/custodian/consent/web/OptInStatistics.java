package io.custodian.consent.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opt-in rates per category over a period, as percentages with one decimal: a table row for each day with decisions,
 * newest first, the total of decisions, and a chart with labels and one series per category covering every day.
 */
record OptInStatistics(List<StatisticsRow> rows, long decisions, Map<String, Object> chart) {

	/** From the administration's daily tallies, which carry day, decisions and optInRate per category. */
	@SuppressWarnings("unchecked")
	static OptInStatistics of(List<String> categories, List<Map<String, Object>> tallies, LocalDate from,
			LocalDate to) {
		var byDay = new TreeMap<String, Map<String, Object>>();
		tallies.forEach(row -> byDay.put(String.valueOf(row.get("day")), row));
		var labels = new ArrayList<String>();
		var series = new LinkedHashMap<String, List<Double>>();
		categories.forEach(c -> series.put(c, new ArrayList<>()));
		var rows = new ArrayList<StatisticsRow>();
		long decisions = 0;
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			labels.add(day.toString());
			var row = byDay.get(day.toString());
			var rates = row == null ? Map.<String, Object>of() : (Map<String, Object>) row.get("optInRate");
			categories.forEach(c -> series.get(c).add(percent(rates.get(c))));
			if (row != null) {
				var count = ((Number) row.get("decisions")).longValue();
				decisions += count;
				var percentages = new LinkedHashMap<String, Double>();
				categories.forEach(c -> percentages.put(c, percent(rates.get(c))));
				rows.add(new StatisticsRow(day.toString(), count, percentages));
			}
		}
		var chart = new LinkedHashMap<String, Object>();
		chart.put("labels", labels);
		chart.put("series", series);
		return new OptInStatistics(rows.reversed(), decisions, chart);
	}

	private static Double percent(Object rate) {
		return rate instanceof Number n ? Math.round(n.doubleValue() * 1000) / 10.0 : null;
	}
}
