package io.custodian.analytics.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Dimension;

/**
 * A panel of the dashboard: tabs over related dimensions, each the top rows of one of them, or the world map; the
 * properties panel has a tab per action property name.
 */
record DashboardPanel(String id, List<Tab> tabs) {

	/** Rows a panel shows per tab; the details page shows them all. */
	static final int ROWS = 9;

	/** Property names the properties panel offers as tabs. */
	static final int PROPERTIES = 6;

	private static final List<Layout> LAYOUT = List.of(
			new Layout("pages", Dimension.PAGE, Dimension.ENTRY_PAGE, Dimension.EXIT_PAGE, Dimension.TITLE),
			new Layout("sources", Dimension.CHANNEL, Dimension.SOURCE, Dimension.CAMPAIGN),
			new Layout("locations", null, Dimension.COUNTRY, Dimension.REGION, Dimension.CITY, Dimension.LANGUAGE),
			new Layout("devices", Dimension.BROWSER, Dimension.OS, Dimension.OS_VERSION, Dimension.DEVICE,
					Dimension.SCREEN),
			new Layout("goals", Dimension.ACTION));

	/**
	 * Every panel in dashboard order, its tables filled from {@code rows} (the world map's tab shows countries), and
	 * the properties panel from {@code properties}, the rows of each property by name.
	 */
	static List<DashboardPanel> all(Function<Dimension, List<Analytics.Row>> rows, List<String> properties,
			Function<String, List<Analytics.Row>> values, DashboardLinks links) {
		var fixed = LAYOUT.stream()
			.map(layout -> new DashboardPanel(layout.id(), layout.dimensions().stream()
				.map(d -> d == null ? new Tab("map", null, null)
						: new Tab(d.id(), null, BreakdownTable.of(d, top(rows.apply(d)), links)))
				.toList()));
		var named = properties.stream().limit(PROPERTIES).toList();
		var props = new DashboardPanel("properties", IntStream.range(0, named.size())
			.mapToObj(i -> new Tab("prop-" + (i + 1), named.get(i),
					BreakdownTable.ofProperty(named.get(i), top(values.apply(named.get(i))), links)))
			.toList());
		return Stream.concat(fixed, Stream.of(props)).toList();
	}

	private static List<Analytics.Row> top(List<Analytics.Row> rows) {
		return rows.stream().limit(ROWS).toList();
	}

	/** The message key of the panel's heading. */
	public String titleKey() {
		return "dashboard.panel." + id;
	}

	/** One tab: a table, or the world map when table is null; label is set when it is not a message (a property). */
	record Tab(String id, String label, BreakdownTable table) {

		public boolean map() {
			return table == null;
		}

		public String labelKey() {
			return "dashboard.tab." + id;
		}
	}

	private record Layout(String id, List<Dimension> dimensions) {

		Layout(String id, Dimension... dimensions) {
			this(id, Arrays.asList(dimensions));
		}
	}
}
