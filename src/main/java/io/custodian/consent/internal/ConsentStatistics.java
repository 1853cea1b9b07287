package io.custodian.consent.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Opt-in rates per category per day from the decisions recorded that day. */
final class ConsentStatistics {

	private ConsentStatistics() {
	}

	static List<Map<String, Object>> byDay(List<String[]> rows, List<String> categories) {
		var days = new TreeMap<String, int[]>();
		for (var row : rows) {
			var counts = days.computeIfAbsent(row[0], d -> new int[categories.size() + 1]);
			counts[0]++;
			var granted = Arrays.asList(row[1].split(","));
			for (int i = 0; i < categories.size(); i++) {
				if (granted.contains(categories.get(i))) {
					counts[i + 1]++;
				}
			}
		}
		var result = new ArrayList<Map<String, Object>>();
		days.forEach((day, counts) -> {
			var rates = new LinkedHashMap<String, Object>();
			for (int i = 0; i < categories.size(); i++) {
				rates.put(categories.get(i), Math.round(1000.0 * counts[i + 1] / counts[0]) / 1000.0);
			}
			var entry = new LinkedHashMap<String, Object>();
			entry.put("day", day);
			entry.put("decisions", counts[0]);
			entry.put("optInRate", rates);
			result.add(entry);
		});
		return result;
	}
}
