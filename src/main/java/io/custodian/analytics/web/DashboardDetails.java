package io.custodian.analytics.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.custodian.analytics.Analytics;
import io.custodian.system.InvalidInput;

/**
 * The full table of one dimension on its details page: the rows whose value or label contains the search text, sorted
 * by one column (the value column A to Z, figures largest first unless {@code ascending}).
 */
record DashboardDetails(BreakdownTable table, String sort, boolean ascending, String query, int total) {

	/** Rows fetched for a details page: the API's largest limit. */
	static final int LIMIT = 1000;

	/** Longest search text accepted. */
	static final int MAX_QUERY = 200;

	private static final Map<String, Comparator<BreakdownTable.Row>> COLUMNS = Map.of(
			"value", Comparator.comparing(r -> r.label().toLowerCase(Locale.ROOT)),
			"visitors", figure(Analytics.Row::visitors), "visits", figure(Analytics.Row::visits),
			"pageviews", figure(Analytics.Row::pageviews), "bounce", figure(Analytics.Row::bounceRate),
			"time", figure(Analytics.Row::avgTimeOnPageMs), "actions", figure(Analytics.Row::actions),
			"scroll", figure(Analytics.Row::scrollDepth));

	private static final List<String> FIGURES = List.of("visitors", "visits", "pageviews", "bounce", "time", "actions");

	static DashboardDetails of(BreakdownTable all, String sort, String direction, String query) {
		var column = sort == null || sort.isBlank() ? "visitors" : sort;
		var order = COLUMNS.get(column);
		if (order == null) {
			throw new InvalidInput("sort", "must be one of " + COLUMNS.keySet().stream().sorted().toList());
		}
		if (direction != null && !direction.isBlank() && !direction.equals("asc") && !direction.equals("desc")) {
			throw new InvalidInput("dir", "must be asc or desc");
		}
		if (query != null && query.length() > MAX_QUERY) {
			throw new InvalidInput("q", "at most " + MAX_QUERY + " characters");
		}
		var ascending = direction == null || direction.isBlank() ? column.equals("value") : direction.equals("asc");
		var text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		List<BreakdownTable.Row> rows = all.rows().stream()
			.filter(r -> text.isEmpty() || r.label().toLowerCase(Locale.ROOT).contains(text)
					|| String.valueOf(r.row().value()).toLowerCase(Locale.ROOT).contains(text))
			.sorted(ascending ? order : order.reversed())
			.toList();
		return new DashboardDetails(all.withRows(rows), column, ascending, text, all.rows().size());
	}

	/** The figure columns: all of them, and scroll depth for pages. */
	public List<String> columns() {
		return table.columns().contains("scroll")
				? java.util.stream.Stream.concat(FIGURES.stream(), java.util.stream.Stream.of("scroll")).toList() : FIGURES;
	}

	/** The direction a click on a column's header sorts in: the other one for the current column. */
	public String directionFor(String column) {
		if (column.equals(sort)) {
			return ascending ? "desc" : "asc";
		}
		return column.equals("value") ? "asc" : "desc";
	}

	/** aria-sort of a column's header. */
	public String ariaSort(String column) {
		return column.equals(sort) ? (ascending ? "ascending" : "descending") : "none";
	}

	private static <T extends Comparable<T>> Comparator<BreakdownTable.Row> figure(Function<Analytics.Row, T> value) {
		return Comparator.comparing(r -> value.apply(r.row()), Comparator.nullsFirst(Comparator.naturalOrder()));
	}
}
