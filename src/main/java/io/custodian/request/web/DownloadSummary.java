package io.custodian.request.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.custodian.request.internal.RequestResult;

/** The export of an access request turned into readable sections: key-value lists and tables. */
final class DownloadSummary {

	/** An ISO-8601 UTC instant, shown to the minute. */
	private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?Z");

	private DownloadSummary() {
	}

	static List<Store> stores(Map<String, RequestResult.StoreExport> export) {
		var stores = new ArrayList<Store>();
		export.forEach((name, entry) -> stores.add(store(name, entry)));
		return stores;
	}

	private static Store store(String name, RequestResult.StoreExport entry) {
		var description = entry.description();
		var data = entry.data() == null ? Map.<String, Object>of() : entry.data();
		var sections = new ArrayList<Section>();
		var values = new ArrayList<Pair>();
		data.forEach((key, item) -> {
			var label = humanize(String.valueOf(key));
			var section = section(label, item);
			if (section != null) {
				sections.add(section);
			}
			else {
				values.add(new Pair(label, text(item)));
			}
		});
		if (!values.isEmpty()) {
			sections.addFirst(new Section(null, List.of(), List.of(), values));
		}
		return new Store(name, humanize(name), text(description == null ? null : description.description()),
				text(description == null ? null : description.purposes()),
				text(description == null ? null : description.retention()), sections);
	}

	/** A list of records or a map of records as a table, a map as pairs; null for a value that is shown inline. */
	private static Section section(String label, Object item) {
		if (item instanceof Collection<?> list && !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map)) {
			return table(label, null, list.stream().<Map<?, ?>>map(i -> (Map<?, ?>) i).toList());
		}
		if (item instanceof Map<?, ?> map && !map.isEmpty() && map.values().stream().allMatch(i -> i instanceof Map)) {
			return table(label, "", map.entrySet().stream().<Map<?, ?>>map(e -> {
				var row = new LinkedHashMap<Object, Object>();
				row.put("", humanize(String.valueOf(e.getKey())));
				row.putAll((Map<?, ?>) e.getValue());
				return row;
			}).toList());
		}
		if (item instanceof Map<?, ?> map && !map.isEmpty()) {
			return new Section(label, List.of(), List.of(), map.entrySet().stream()
				.map(e -> new Pair(humanize(String.valueOf(e.getKey())), text(e.getValue()))).toList());
		}
		return null;
	}

	private static Section table(String title, String firstColumn, List<Map<?, ?>> rows) {
		var keys = new LinkedHashSet<Object>();
		rows.forEach(row -> keys.addAll(row.keySet()));
		var columns = keys.stream().map(k -> firstColumn != null && k.equals("") ? firstColumn : humanize(String.valueOf(k)))
			.toList();
		var cells = rows.stream().map(row -> keys.stream().map(k -> text(row.get(k))).toList()).toList();
		return new Section(title, columns, cells, List.of());
	}

	static String text(Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Collection<?> list) {
			return list.isEmpty() ? "—" : list.stream().map(DownloadSummary::text).collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> map) {
			return map.isEmpty() ? "—" : map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
				.collect(Collectors.joining("; "));
		}
		var text = String.valueOf(value);
		var time = TIMESTAMP.matcher(text);
		return time.matches() ? time.group(1) + " " + time.group(2) + " UTC" : text;
	}

	/** {@code consentedPurposes} becomes "Consented purposes". */
	static String humanize(String key) {
		if (key.isEmpty()) {
			return key;
		}
		var words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** One personal-data store of an export. */
	record Store(String name, String title, String description, String purposes, String retention, List<Section> sections) {

		public boolean empty() {
			return sections.isEmpty();
		}
	}

	/** A part of a store's data: key-value pairs, or a table with columns and rows. */
	record Section(String title, List<String> columns, List<List<String>> rows, List<Pair> pairs) {

		public boolean isTable() {
			return !columns.isEmpty();
		}
	}

	/** One labelled value. */
	record Pair(String label, String value) {
	}
}
